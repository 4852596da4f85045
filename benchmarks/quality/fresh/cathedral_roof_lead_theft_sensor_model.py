"""Cathedral roof lead theft sensor model: the first design, before any security review.

Our security company protects a cathedral's lead roofs against theft. Vibration and
motion sensors on the roofs report over a LoRaWAN network: the operator's network
server forwards each uplink to our cloud by webhook. Cameras on the parapets upload
night snapshots over the cathedral's 4G router when motion is seen. In our cloud a
classifier tells maintenance work, birds and weather apart from people on the roof
at night; the alerting service sends likely intrusions to our alarm receiving centre
and straight to the police control room. Cathedral staff enter planned roof works in
a calendar on our customer portal, and the alerting service suppresses alerts during
those works. Operators' dispositions of alerts label the events for retraining. The
design has LoRaWAN's AES session keys, TLS elsewhere, API keys on the uplinks,
portal and console sign-in, an audit log in the console and 31-day snapshot retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral roof lead theft sensor model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Classifies night-time roof activity from sensors and cameras and alerts the "
        "alarm receiving centre and the police, unless roof works are planned."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Roof sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vibration and PIR motion events with sensor id and timestamp.",
)
snapshots = tg.Data(
    "Night camera snapshots",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Stills of the roof; anyone on it, workers included, is in frame.",
)
works = tg.Data(
    "Planned roof works",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dates, times, roof sections and the contractor's name and phone number.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
classification = tg.Data(
    "Roof activity classification", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data(
    "Intrusion alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site, roof section, time, class and confidence, with snapshot links.",
)
disposition = tg.Data(
    "Operator alert disposition", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
events = tg.Data(
    "Labelled roof events",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Roof activity model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Cathedral roofs",
    trust=tg.Trust.UNTRUSTED,
    description="Reachable by anyone who climbs onto the roof.",
):
    # Battery sensors clamped to the lead sheets and the parapets.
    sensors = tm.add(tg.Device("Roof vibration and motion sensors"))
    # Night cameras on the parapets; upload through the cathedral's 4G router.
    cameras = tm.add(tg.Device("Roof cameras"))

with tm.boundary("LoRaWAN operator", trust=tg.Trust.PARTNER):
    # The public LoRaWAN network's server: receives uplinks from the gateways and forwards them.
    network_server = tm.add(
        tg.ExternalService(
            "LoRaWAN network server", description="Forwards decoded uplinks by HTTP webhook."
        )
    )

with tm.boundary("Cathedral office", trust=tg.Trust.PARTNER):
    # The clerk of works and chapter office staff who plan roof works.
    staff = tm.add(tg.Actor("Cathedral works coordinator", role="coordinator"))

with tm.boundary("Security company cloud", trust=tg.Trust.INTERNAL):
    # Receives sensor uplinks from the network server and snapshots from the cameras.
    ingest = tm.add(
        tg.Service(
            "Sensor ingestion service",
            controls={
                c.Authentication(
                    method="network server API key in webhook header; per-camera API token"
                )
            },
        )
    )
    # Keeps readings and snapshots for classification, review and retraining.
    event_store = tm.add(
        tg.DataStore(
            "Roof event store",
            stores={readings, snapshots},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(
                    days=31, note="snapshots kept 31 days unless an incident needs them"
                ),
            },
        )
    )
    # Tells maintenance work, birds and weather apart from people on the roof.
    classifier = tm.add(
        tg.Model(
            "Roof activity classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Classes: maintenance, bird, weather, person; person at night raises an alert.",
        )
    )
    # Decides whether to alert, checking the works calendar first.
    alerting = tm.add(
        tg.Service(
            "Alerting service",
            description="Sends person-at-night results to the ARC and the police unless works are planned.",
        )
    )
    # Where the planned roof works are kept.
    calendar = tm.add(tg.DataStore("Roof works calendar", stores={works}))
    # Web portal where cathedral staff enter planned works.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Console the alarm receiving centre operators work alerts in.
    console = tm.add(
        tg.Endpoint(
            "ARC monitoring console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="SSO with MFA"),
                c.AuditLogging(note="alert handling and dispositions logged"),
            },
        )
    )
    # Retrains the classifier each quarter from labelled events.
    training = tm.add(tg.Pipeline("Quarterly classifier retraining", stage=tg.Stage.TRAINING))
    # Past events with operator dispositions, used for retraining.
    dataset = tm.add(tg.Dataset("Labelled roof event set", stores={events}))

with tm.boundary("Alarm receiving centre", trust=tg.Trust.INTERNAL):
    # Our 24-hour operators who watch alerts and call keyholders.
    operator = tm.add(tg.Actor("ARC operator", role="alarm operator"))

with tm.boundary("Police", trust=tg.Trust.PARTNER):
    # The force's control room takes alarm alerts electronically.
    police = tm.add(tg.ExternalService("Police control room"))

# ---------------------------------------------------------------- flows
tm.flow(
    sensors,
    network_server,
    readings,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys")},
)
tm.flow(network_server, ingest, readings, protocol="https", label="uplink webhook")
tm.flow(cameras, ingest, snapshots, protocol="https", label="4G upload")
tm.flow(ingest, event_store, readings, snapshots)

tm.flow(event_store, classifier, readings, snapshots)
tm.flow(classifier, alerting, classification)
tm.flow(calendar, alerting, works, label="suppression windows")

tm.flow(staff, portal, works, protocol="https")
tm.flow(portal, staff, works, protocol="https")
tm.flow(portal, calendar, works)
tm.flow(calendar, portal, works)

tm.flow(alerting, console, alert)
tm.flow(event_store, console, snapshots)
tm.flow(console, operator, alert, snapshots, protocol="https")
tm.flow(operator, console, disposition, protocol="https")
tm.flow(alerting, police, alert, protocol="https")

tm.flow(console, dataset, disposition)
tm.flow(event_store, dataset, readings, snapshots)
tm.flow(dataset, training, events)
tm.flow(training, classifier, weights, label="deploy")
