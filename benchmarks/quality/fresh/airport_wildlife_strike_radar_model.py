"""Airport wildlife strike radar: the first design, before any security review.

An avian radar on the airfield tracks birds around the runways and uploads its
tracks to the radar vendor's cloud. There the vendor's model classifies each
flock (species group, size, altitude band) and a risk service combines that with
the departure schedule from the airport operational database to estimate the
strike risk per runway. When the risk is high, alerts go to the airport
integration gateway, which shows them on the tower display, and to the vendor's
app on the wildlife control team's tablets; controllers can then delay departures.
Wildlife officers confirm or correct detections in the vendor's review portal;
the vendor retrains on those labels and pushes new model versions to its hosted
serving. Links to the vendor use HTTPS; the gateway checks a vendor API key on
incoming alerts; the vendor evaluates each model before rollout and logs alerts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport wildlife strike radar",
    profile=tg.RiskProfile.HIGH,
    description="Avian radar with a vendor-hosted flock classifier that alerts the tower "
    "and the wildlife control team when bird-strike risk near the runways is high.",
)

# ---------------------------------------------------------------- data assets
tracks = tg.Data(
    "Radar bird tracks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Position, altitude, speed, heading and radar cross-section per target.",
)
schedule = tg.Data(
    "Departure schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Planned departures with runway and slot times from the AODB.",
)
flock_class = tg.Data(
    "Flock classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Strike risk alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Runway, risk level, flock location and recommended action.",
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
review_items = tg.Data("Detections for review", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Confirmed detection labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Flock classifier artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    description="The vendor's packaged model; its format is not disclosed to the airport.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Airfield operations network", trust=tg.Trust.INTERNAL):
    # The radar head and its tracking computer beside the runways, supplied by the vendor.
    radar = tm.add(
        tg.Device(
            "Avian radar",
            fleet=False,
            description="Vendor radar unit with on-board tracking software.",
        )
    )
    # Source of the departure schedule the risk estimate is weighed against.
    aodb = tm.add(
        tg.DataSource(
            "Airport operational database",
            origin=tg.Origin.INTERNAL,
            provides={schedule},
        )
    )
    # The airport's single integration point with the vendor: sends the schedule out,
    # takes alerts in and fans them out to the tower.
    gateway = tm.add(
        tg.Service(
            "Airport integration gateway",
            controls={c.Authentication(method="vendor API key on incoming alerts")},
        )
    )

with tm.boundary("ATC tower network", trust=tg.Trust.RESTRICTED):
    # Alert panel on the controllers' desk in the tower.
    tower_display = tm.add(tg.Device("Tower wildlife alert display", fleet=False))
    # Decides whether to delay departures when an alert arrives.
    controller = tm.add(tg.Actor("Air traffic controller", role="tower controller"))

with tm.boundary("Public mobile network", trust=tg.Trust.UNTRUSTED):
    # Tablets in the patrol vehicles running the vendor's app over 4G.
    tablet = tm.add(
        tg.Device(
            "Wildlife team tablet",
            fleet=True,
            description="Vendor app showing live alerts and detections on the airfield map.",
        )
    )
    # Disperses birds, and confirms or corrects what the radar saw.
    officer = tm.add(tg.Actor("Wildlife control officer", role="wildlife control team"))

with tm.boundary("Radar vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's hosted model that classifies flocks from radar tracks.
    classifier = tm.add(
        tg.Model(
            "Bird flock classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Classifies flocks by species group and size, with a confidence.",
            controls={c.SupplierAssessment(note="airport procurement security questionnaire")},
        )
    )
    # Combines classifications, flock paths and the schedule into a runway risk level,
    # and raises alerts above the threshold.
    risk_service = tm.add(
        tg.Service(
            "Strike risk service",
            controls={c.AuditLogging(retention_days=365, note="every alert raised")},
        )
    )
    # Web portal where officers confirm or correct detections after the fact.
    portal = tm.add(
        tg.Endpoint(
            "Detection review portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password per airport account")},
        )
    )
    # Detections with the labels the airport confirmed, kept for retraining.
    label_set = tm.add(tg.Dataset("Confirmed detection set", stores={tracks, labels}))
    # The vendor's periodic retraining on labels from all its airport customers.
    retraining = tm.add(tg.Pipeline("Vendor retraining", stage=tg.Stage.TRAINING))
    # Where trained classifier versions are kept before rollout.
    registry = tm.add(tg.ModelRegistry("Vendor model registry", stores={weights}))
    # Pushes a new classifier version into hosted serving once it passes evaluation.
    rollout = tm.add(
        tg.Pipeline(
            "Model update rollout",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.ModelValidation(note="vendor detection benchmark before release")},
        )
    )

# ---------------------------------------------------------------- flows
# live detection and alerting
tm.flow(radar, risk_service, tracks, protocol="https", label="track upload")
tm.flow(aodb, gateway, schedule)
tm.flow(gateway, risk_service, schedule, protocol="https")
tm.flow(risk_service, classifier, tracks)
tm.flow(classifier, risk_service, flock_class)
tm.flow(risk_service, gateway, alert, protocol="https", label="alert push")
tm.flow(gateway, tower_display, alert)
tm.flow(tower_display, controller, alert, label="shown on the panel")
tm.flow(controller, tower_display, ack, label="acknowledged on the panel")
tm.flow(tower_display, gateway, ack)
tm.flow(risk_service, tablet, alert, protocol="https", label="app push notification")
tm.flow(tablet, officer, alert)

# labelling and retraining
tm.flow(risk_service, label_set, tracks, label="detection history")
tm.flow(label_set, portal, review_items)
tm.flow(portal, tablet, review_items, protocol="https")
tm.flow(officer, tablet, labels, label="confirms detections")
tm.flow(tablet, portal, labels, protocol="https")
tm.flow(portal, label_set, labels)
tm.flow(label_set, retraining, tracks, labels)
tm.flow(retraining, registry, weights)
tm.flow(registry, rollout, weights)
tm.flow(rollout, classifier, weights, label="model update")
