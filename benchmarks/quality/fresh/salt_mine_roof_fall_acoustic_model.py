"""Salt mine roof-fall warning: the first design, before any security review.

An underground rock-salt mine in the EU runs a microseismic network: geophones
bolted into the pillars and roofs of each gallery feed acquisition units
underground, which stream waveforms up the mine fibre to a surface server room.
An event processing server (the seismic vendor's software) picks and locates
micro-fractures and stores them. Every ten minutes a scoring service turns the
recent events of each gallery into features and asks an in-house model for the
probability of a roof fall in the next 24 hours. The alert service joins the
risk with the personnel tag system (which crews are in which gallery) and shows
alerts on the control-room dashboard; the shift supervisor decides whether to
withdraw miners. Engineers' roof-fall inspections label a monthly retraining, and
the vendor supports its software over a site VPN. Controls: dashboard sign-in with
roles, HTTPS, nightly event backups, backtesting before release, an alert log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Salt mine roof-fall warning",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Per-gallery roof-fall risk from microseismic events, alerting the shift supervisor.",
)

# ---------------------------------------------------------------- data assets
waveforms = tg.Data(
    "Microseismic waveforms",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
events = tg.Data(
    "Located seismic events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Time, location, magnitude and source parameters of each micro-fracture.",
)
gallery_features = tg.Data(
    "Gallery event features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
risk = tg.Data(
    "Roof-fall risk per gallery",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
crew_locations = tg.Data(
    "Crew locations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which named miners' cap-lamp tags were last seen in which gallery.",
)
alerts = tg.Data(
    "Roof-fall alerts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Gallery, risk level and the crews currently inside it.",
)
acknowledgement = tg.Data(
    "Alert acknowledgement and withdrawal decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
inspections = tg.Data(
    "Roof-fall inspection records",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Roof-fall model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
remote_session = tg.Data("Vendor remote support session", sensitivity=tg.Sensitivity.CONFIDENTIAL)
diagnostics = tg.Data("Acquisition diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Underground mine network", trust=tg.Trust.INTERNAL):
    # The sensing layer: triaxial geophones cemented into pillars and roofs of each gallery.
    geophones = tm.add(
        tg.Device(
            "Microseismic geophones",
            description="About 120 geophones wired to the nearest acquisition unit.",
        )
    )
    # Digitise and timestamp the geophone signals, then stream them to the surface.
    acquisition = tm.add(
        tg.Service(
            "Seismic acquisition units",
            description="Vendor digitisers in underground cabinets on the mine fibre ring.",
        )
    )

with tm.boundary("Surface server room", trust=tg.Trust.INTERNAL):
    # The seismic vendor's software: triggers, picks, locates and sizes events.
    processing = tm.add(
        tg.Service(
            "Event processing server",
            description="Windows server running the vendor's real-time seismic processing.",
        )
    )
    # History of located events, the input to scoring and to retraining.
    event_db = tm.add(
        tg.DataStore(
            "Seismic event database",
            stores={events},
            controls={c.DataVersioning(note="nightly backup to the mine's NAS")},
        )
    )
    # Runs every ten minutes: builds per-gallery features and calls the model.
    scoring = tm.add(
        tg.Service(
            "Gallery risk scoring service",
            description="Aggregates event rate, energy and b-value per gallery over 24 h windows.",
        )
    )
    # The predictive model whose output can send crews out of a gallery.
    model = tm.add(
        tg.Model(
            "Roof-fall risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees: probability of a roof fall in a gallery within 24 h.",
        )
    )
    # Turns risk into alerts, adds who is in the gallery, keeps an alert log.
    alert_service = tm.add(
        tg.Service(
            "Roof-fall alert service",
            description="Raises an alert when a gallery's risk passes the geotechnical threshold.",
            controls={
                c.AuditLogging(note="alerts and acknowledgements logged"),
                c.HumanInTheLoop(approver="shift supervisor decides whether to withdraw miners"),
            },
        )
    )
    # Web dashboard shown on the control-room screens and supervisors' PCs.
    dashboard = tm.add(
        tg.Endpoint(
            "Control-room dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Gallery risk map, open alerts and acknowledgement buttons.",
            controls={
                c.Authentication(method="Active Directory username and password"),
                c.RBAC(note="supervisors acknowledge; engineers view"),
            },
        )
    )
    # Ground truth for retraining: each inspected roof fall or fall of ground.
    inspection_log = tm.add(tg.DataStore("Roof-fall inspection log", stores={inspections}))
    # Monthly retraining on the event history and the inspected roof falls.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest on the last two years of roof falls")},
        )
    )
    # Where released model versions are kept and loaded from by scoring.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))

with tm.boundary("Mine operations network", trust=tg.Trust.INTERNAL):
    # The lamp-room tag readers' system: tells the alert who is in each gallery.
    tag_system = tm.add(
        tg.DataSource(
            "Personnel tag system",
            provides={crew_locations},
            description="Cap-lamp RFID readers at gallery entrances, run by mine operations.",
        )
    )
    # Decides whether to withdraw miners from a gallery and acknowledges alerts.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="shift supervisor"))
    # Records each inspected roof fall or fall of ground; approves model releases.
    engineer = tm.add(
        tg.Actor("Geotechnical engineer", role="geotechnical engineer", privileged=True)
    )

with tm.boundary("Seismic vendor", trust=tg.Trust.PARTNER):
    # The network supplier supports its acquisition and processing software remotely.
    vendor = tm.add(
        tg.ExternalService(
            "Vendor remote support",
            description="Vendor's support engineers connect over a site-to-site VPN.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(geophones, acquisition, waveforms, label="geophone cables")
tm.flow(acquisition, processing, waveforms, protocol="seedlink", label="mine fibre ring")
tm.flow(processing, event_db, events)

tm.flow(event_db, scoring, events, label="every 10 minutes")
tm.flow(scoring, model, gallery_features)
tm.flow(model, scoring, risk)
tm.flow(scoring, alert_service, risk)
tm.flow(tag_system, alert_service, crew_locations, protocol="https")
tm.flow(alert_service, dashboard, alerts, risk)
tm.flow(dashboard, supervisor, alerts, risk, protocol="https")
tm.flow(supervisor, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, alert_service, acknowledgement)

tm.flow(engineer, inspection_log, inspections, protocol="https", label="roof-fall inspection form")
tm.flow(event_db, training, events, label="monthly export")
tm.flow(inspection_log, training, inspections, label="monthly export")
tm.flow(training, registry, artifact)
tm.flow(engineer, registry, promotion, protocol="https", label="approves release")
tm.flow(registry, model, artifact, label="deploy")

tm.flow(vendor, processing, remote_session, protocol="ipsec")
tm.flow(processing, vendor, diagnostics, protocol="ipsec")
tm.flow(vendor, acquisition, remote_session, protocol="ipsec")
