"""Conference centre crowd flow prediction: the first design, before any security review.

During events, delegates tap their badges at scanners on every hall entrance, and
overhead people counters above the corridor doors count who passes in each
direction. Both report over the venue's event network to an ingestion service in
the venue data centre, which keeps a movement event store. The registration
platform the organisers use sends a nightly export of delegates and the session
agenda. Every minute a forecasting service turns the recent movements and the
agenda into zone occupancy features and asks a crowd flow model for each hall's
and corridor's occupancy fifteen minutes ahead. The duty crowd safety manager sees
forecasts and suggested redirections on a control room dashboard and approves each
one before it goes to the stewards' handhelds. The model is retrained nightly from
past events. Scanners use per-device keys, staff sign in with their venue account,
and raw scans are deleted 30 days after an event.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Conference centre crowd flow prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts hall and corridor crowding from badge scans and door counts; "
    "advises stewards where to redirect delegates.",
)

# ---------------------------------------------------------------- data assets
badge_id = tg.Data(
    "Delegate badge id",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The NFC badge identifier, printed at registration.",
)
scans = tg.Data(
    "Badge scan events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Badge id, scanner location and time: each delegate's path through the venue.",
)
counts = tg.Data(
    "Door counter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="People in and out per door per 10 seconds.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
registrations = tg.Data(
    "Delegate registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, company, e-mail, badge id and ticket type of each delegate.",
)
agenda = tg.Data("Session agenda", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data("Zone occupancy features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Crowding forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Occupancy per hall and corridor for the next 15 minutes, with suggested redirections.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
redirect = tg.Data(
    "Redirect instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which doors to hold or open and where to send delegates.",
)
acknowledgement = tg.Data(
    "Steward acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Historical occupancy data",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past events' badge scans and door counts with the agenda they ran to.",
)
weights = tg.Data("Crowd flow model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Public areas", trust=tg.Trust.UNTRUSTED):
    # The people being counted; they only ever tap a badge.
    delegate = tm.add(tg.Actor("Delegate", role="conference attendee"))

with tm.boundary("Registration vendor cloud", trust=tg.Trust.PARTNER):
    # The organisers' ticketing SaaS: the source of who is coming and what runs where.
    registration = tm.add(
        tg.ExternalService(
            "Event registration platform",
            provides="data-provider",
            description="Organisers' ticketing and agenda service; exports a CSV nightly.",
        )
    )

with tm.boundary("Venue event network", trust=tg.Trust.INTERNAL):
    # A scanner on every hall entrance: who enters which hall, and when.
    scanners = tm.add(
        tg.Device(
            "Hall entrance badge scanners",
            fleet=True,
            description="NFC readers on posts at each hall door, on the event VLAN.",
        )
    )
    # Overhead sensors on corridor doors: anonymous counts where no one scans.
    counters = tm.add(
        tg.Device(
            "Door people counters",
            fleet=True,
            description="Overhead stereo-vision counters that send counts only, no images.",
        )
    )
    # The stewards' managed phones with the venue's steward app.
    handhelds = tm.add(
        tg.Device(
            "Steward handhelds",
            fleet=True,
            description="Venue-owned phones on the staff Wi-Fi running the steward app.",
        )
    )
    # Stewards on the floor who hold doors and redirect delegates.
    steward = tm.add(tg.Actor("Steward", role="steward"))

with tm.boundary("Venue data centre", trust=tg.Trust.INTERNAL):
    # Takes in scans and counts as they happen and stores them.
    ingestion = tm.add(
        tg.Service(
            "Scan ingestion service",
            controls={c.Authentication(method="per-device API key for each scanner")},
        )
    )
    # The raw movement record; deleted 30 days after each event.
    movements = tm.add(
        tg.DataStore(
            "Movement event store",
            stores={scans, counts, history},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # A copy of the organisers' export for the current event.
    event_store = tm.add(
        tg.DataStore("Registration and agenda store", stores={registrations, agenda})
    )
    # Runs every minute: builds features, calls the model, proposes redirections.
    forecasting = tm.add(
        tg.Service(
            "Crowd forecasting service",
            description="Every minute, aggregates the last 30 minutes of movements per zone, "
            "adds upcoming sessions from the agenda, and proposes redirections where a zone "
            "is forecast above its safe capacity.",
        )
    )
    # The model the design is for: occupancy per zone, 15 minutes ahead.
    model = tm.add(
        tg.Model(
            "Crowd flow model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor of occupancy per hall and corridor.",
        )
    )
    # The control room screen where forecasts are read and redirections approved.
    dashboard = tm.add(
        tg.Endpoint(
            "Crowd control dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="venue Active Directory username and password"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="duty crowd safety manager",
                    note="every redirection is approved before it is sent to stewards",
                ),
            },
        )
    )
    # Retrains the model nightly from past events.
    training = tm.add(tg.Pipeline("Nightly model retraining", stage=tg.Stage.TRAINING))
    # Holds the trained model versions the forecasting service loads.
    registry = tm.add(tg.ModelRegistry("Model store", stores={weights}))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Decides whether a suggested redirection is right for what they see on CCTV.
    manager = tm.add(tg.Actor("Duty crowd safety manager", role="crowd safety manager"))

# ---------------------------------------------------------------- flows
tm.flow(delegate, scanners, badge_id, label="badge tap in person")
tm.flow(scanners, ingestion, scans, protocol="https")
tm.flow(counters, ingestion, counts, protocol="mqtt")
tm.flow(ingestion, movements, scans, counts)
tm.flow(registration, event_store, registrations, agenda, protocol="https", label="nightly export")

tm.flow(movements, forecasting, scans, counts, label="last 30 minutes")
tm.flow(event_store, forecasting, agenda)
tm.flow(forecasting, model, features)
tm.flow(model, forecasting, forecast)
tm.flow(forecasting, dashboard, forecast)

tm.flow(dashboard, manager, forecast, protocol="https")
tm.flow(manager, dashboard, redirect, protocol="https", label="approved redirection")
tm.flow(dashboard, handhelds, redirect, protocol="https")
tm.flow(handhelds, dashboard, acknowledgement, protocol="https")
tm.flow(handhelds, steward, redirect, label="in the steward app")
tm.flow(steward, handhelds, acknowledgement, label="in the steward app")

tm.flow(movements, training, history, label="nightly batch")
tm.flow(event_store, training, agenda)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
