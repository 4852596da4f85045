"""Avian radar bird-strike alerting for a regional airport: the first design.

A dedicated avian radar on the airfield scans the runway approaches and climb-out
corridors. A track processor in the airport's equipment room turns the raw returns
into target tracks, using the national weather service's observations to discount
rain clutter. A classifier, supplied and retrained by the radar vendor, labels each
track (single bird, flock, size class, non-bird) and a hazard alert service applies
the airport's alert thresholds: alerts go to a display in the ATC tower and to the
wildlife control team's dashboard and patrol tablets. Wildlife officers confirm or
reject sightings and log dispersal actions; confirmed tracks are exported to the
vendor every quarter for retraining, and new model packages are installed only
after the airport's ATM systems engineer approves them. The vendor maintains the
radar processor remotely over a site-to-site VPN with per-engineer accounts.
Alerts and acknowledgements are kept for safety occurrence investigations.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional airport bird-strike radar",
    profile=tg.RiskProfile.HIGH,
    description="Avian radar with a bird-flock classifier alerting ATC and the wildlife team.",
)

# ---------------------------------------------------------------- data assets
raw_returns = tg.Data(
    "Raw radar returns",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tracks = tg.Data(
    "Radar target tracks",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Position, altitude, speed, heading and radar cross-section per target.",
)
weather = tg.Data("Weather observations", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
classification = tg.Data(
    "Flock classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bird or not, flock size estimate and size class for each track.",
)
alerts = tg.Data(
    "Bird hazard alerts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgement = tg.Data("Alert acknowledgement", kind="records")
sightings = tg.Data(
    "Confirmed sightings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Officer confirms or rejects an alerted track, with species where seen.",
)
dispersal_log = tg.Data("Dispersal action log", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
track_export = tg.Data(
    "Labelled track export",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Quarterly export of tracks with the officers' confirmations.",
)
model_package = tg.Data(
    "Classifier model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="The vendor's trained classifier and its threshold file.",
)
update_approval = tg.Data("Model update approval", kind="records")
maintenance = tg.Data("Remote maintenance session", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Rain and wind observations used to suppress weather clutter.
    met_feed = tm.add(tg.ExternalService("National weather service feed", provides="data-provider"))

with tm.boundary("Radar vendor", trust=tg.Trust.PARTNER):
    # Supplies, retrains and remotely maintains the radar system.
    vendor = tm.add(
        tg.ExternalService(
            "Radar vendor support",
            description="Vendor engineering: model retraining, update packages, remote support.",
        )
    )

with tm.boundary("Airfield", trust=tg.Trust.INTERNAL):
    # The sensor itself, on a mast beside the runway.
    radar = tm.add(tg.Device("Avian radar unit", fleet=False))
    # Field crew who disperse birds and confirm what the radar saw.
    officer = tm.add(tg.Actor("Wildlife control officer", role="wildlife team"))
    # Managed tablets in the patrol vehicles, on the airport's private LTE.
    tablet = tm.add(tg.Device("Wildlife patrol tablet", fleet=True))

with tm.boundary("Airport operations network", trust=tg.Trust.INTERNAL):
    # Turns raw returns into tracks; the vendor's software on an airport server.
    processor = tm.add(
        tg.Service(
            "Radar track processor",
            description="Plot extraction, clutter suppression and tracking.",
        )
    )
    # The ML component: classifies each track as bird, flock or other.
    classifier = tm.add(
        tg.Model(
            "Bird flock classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Trained by the radar vendor on this site's tracks; runs on-premises.",
        )
    )
    # Applies the airport's thresholds (zone, altitude, flock size) and raises alerts.
    alert_service = tm.add(
        tg.Service(
            "Bird hazard alert service",
            controls={c.AuditLogging(retention_days=730, note="alerts and acknowledgements")},
        )
    )
    # History of tracks, classifications, alerts and wildlife actions.
    archive = tm.add(
        tg.DataStore(
            "Track and alert archive",
            stores={tracks, classification, alerts, sightings, dispersal_log},
            controls={c.DataVersioning(note="nightly backups to the secondary site")},
        )
    )
    # Web dashboard for the wildlife team and the safety manager.
    dashboard = tm.add(
        tg.Endpoint(
            "Wildlife dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airport Active Directory single sign-on"),
                c.RBAC(),
            },
        )
    )
    # Installs an approved model package on the classifier host.
    updater = tm.add(
        tg.Pipeline(
            "Model update job",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.HumanInTheLoop(approver="airport ATM systems engineer"),
                c.ModelVersioning(note="previous package kept for rollback"),
            },
        )
    )
    # Approves vendor model updates after reviewing the release notes.
    engineer = tm.add(tg.Actor("ATM systems engineer", role="systems engineer", privileged=True))

with tm.boundary("ATC tower", trust=tg.Trust.RESTRICTED):
    # Alert display on the tower controller's working position.
    atc_display = tm.add(tg.Device("ATC bird alert display", fleet=False))
    # Passes hazard information to pilots and may hold departures.
    controller = tm.add(tg.Actor("Air traffic controller", role="controller"))

# ---------------------------------------------------------------- flows
tm.flow(radar, processor, raw_returns, protocol="udp", label="dedicated fibre")
tm.flow(met_feed, processor, weather, protocol="https")
tm.flow(processor, classifier, tracks)
tm.flow(classifier, alert_service, classification)
tm.flow(processor, alert_service, tracks)
tm.flow(processor, archive, tracks)
tm.flow(alert_service, archive, classification, alerts)

tm.flow(alert_service, atc_display, alerts, protocol="http")
tm.flow(atc_display, controller, alerts, label="on the display")
tm.flow(controller, atc_display, acknowledgement, label="on the touchscreen")
tm.flow(atc_display, alert_service, acknowledgement, protocol="http")

tm.flow(alert_service, dashboard, alerts)
tm.flow(dashboard, tablet, alerts, protocol="https")
tm.flow(tablet, officer, alerts, label="on the touchscreen")
tm.flow(officer, tablet, sightings, dispersal_log, label="on the touchscreen")
tm.flow(tablet, dashboard, sightings, dispersal_log, protocol="https")
tm.flow(dashboard, archive, sightings, dispersal_log)
tm.flow(archive, dashboard, tracks, alerts, dispersal_log, label="history and reports")

tm.flow(archive, vendor, track_export, protocol="sftp", label="quarterly export")
tm.flow(vendor, updater, model_package, protocol="https", label="vendor download portal")
tm.flow(engineer, updater, update_approval)
tm.flow(updater, classifier, model_package, label="deploy")
tm.flow(
    vendor,
    processor,
    maintenance,
    protocol="ipsec",
    label="site-to-site VPN",
    controls={c.Authentication(method="per-engineer VPN accounts with password and TOTP")},
)
