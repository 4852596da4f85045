"""Open-water race GPS cap tracking: the first design, before any security review.

A masters swimming club runs a summer series of open-water races on a lake. Each swimmer
wears a small GPS unit under their cap that sends a position fix every few seconds over
LoRaWAN to a gateway on the shore, which forwards the fixes over 4G to a tracking service
in the club's cloud account. Entries (name, age group, cap number, emergency contact) come
from the event entry platform the club already uses. Two models run on the live tracks:
one predicts each swimmer's finish time, the other flags a swimmer who stops or drifts off
the course line, and the tracking service pushes those flags to the safety kayakers'
phones; the kayakers also keep their usual visual watch. The race officer follows the race
and sets the course on a dashboard, and confirms results before they are published on the
club's public results and live tracking site. The finish-time model is retrained after each
race from the season's tracks. LoRaWAN and MQTT traffic is encrypted, the dashboard uses the
club's Google accounts with 2-step verification, and the cloud storage is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Masters open-water race GPS cap tracker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="GPS caps feed finish-time prediction, stop and drift alerts to safety "
    "kayakers, and published race results.",
)

# ---------------------------------------------------------------- data assets
fixes = tg.Data(
    "Cap GPS position fixes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Cap number, latitude, longitude, time and battery level.",
)
entries = tg.Data(
    "Race entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, club, age group, cap number, wave and emergency contact.",
)
track_features = tg.Data(
    "Track features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-swimmer pace, heading, distance from the course line, time since last move.",
)
finish_prediction = tg.Data(
    "Predicted finish times", kind="model-output", sensitivity=tg.Sensitivity.PII
)
stop_flags = tg.Data(
    "Stop and drift flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
safety_alert = tg.Data(
    "Safety alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cap number, name, last position and reason, for the nearest kayaker.",
)
alert_ack = tg.Data(
    "Alert acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Kayaker's 'on my way', 'swimmer OK' or 'swimmer pulled out'.",
)
course = tg.Data(
    "Course definition",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Buoy positions, course line and drift tolerance for each race.",
)
race_status = tg.Data(
    "Live race status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Positions, predictions, open alerts and retirements for the race officer.",
)
officer_changes = tg.Data(
    "Results corrections",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="DNF and disqualification marks, time corrections, results approval.",
)
results = tg.Data(
    "Race results",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Name, club, age group and finish time, published after the race.",
)
live_map = tg.Data(
    "Live tracking map",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Named swimmers' positions shown publicly during the race.",
)
history = tg.Data(
    "Season track history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past races' tracks with their actual finish times.",
)
model_file = tg.Data("Finish-time model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Lake course", trust=tg.Trust.UNTRUSTED):
    # The racer whose position is tracked and whose safety depends on the alerts.
    swimmer = tm.add(tg.Actor("Swimmer", role="club member racing"))
    # One per swimmer, handed out at registration and collected at the finish.
    cap_units = tm.add(
        tg.Device(
            "GPS cap tracker",
            description="Club-owned GPS units worn under the swim cap, LoRaWAN radio.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Family, friends and other members following the race and results.
    spectator = tm.add(tg.Actor("Spectator", role="public viewer"))

with tm.boundary("Entry platform vendor", trust=tg.Trust.PARTNER):
    # Where swimmers enter and pay; the club exports the start list from it.
    entry_platform = tm.add(
        tg.ExternalService(
            "Event entry platform",
            description="Hosted race-entry service; start list fetched via its API key.",
        )
    )

with tm.boundary("Race site", trust=tg.Trust.INTERNAL):
    # Receives the caps' radio and forwards fixes to the cloud.
    gateway = tm.add(
        tg.Service(
            "Shore LoRaWAN gateway",
            description="Gateway on the clubhouse roof with a 4G uplink.",
        )
    )
    # The kayakers' waterproof phones running the club's safety app.
    kayak_phone = tm.add(
        tg.Device(
            "Kayaker safety phone",
            description="Club phones in dry bags with the safety alert app.",
            controls={c.Authentication(method="race-day PIN shared by the safety team")},
        )
    )
    # Paddles to flagged swimmers; also keeps visual watch of their section.
    kayaker = tm.add(tg.Actor("Safety kayaker", role="safety volunteer"))
    # Runs the race, sets the course and signs off the results.
    race_officer = tm.add(tg.Actor("Race officer", role="race officer", privileged=True))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Ingests fixes, builds features, calls both models and sends alerts.
    tracking = tm.add(
        tg.Service(
            "Race tracking service",
            description="Joins fixes to entries, computes features, routes alerts by section.",
        )
    )
    # Live and historic positions, predictions, alerts and results.
    track_store = tm.add(
        tg.DataStore(
            "Race track store",
            stores={
                fixes,
                entries,
                finish_prediction,
                safety_alert,
                alert_ack,
                results,
                course,
                history,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Predicts each swimmer's finish time from pace so far and past races.
    finish_model = tm.add(
        tg.Model(
            "Finish time predictor",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted model on pace, distance covered and past races.",
        )
    )
    # Spots swimmers who have stopped moving or are drifting off the course line.
    stop_model = tm.add(
        tg.Model(
            "Stop and drift detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Flags no progress for 45 s or drift beyond the course tolerance.",
        )
    )
    # The race officer's live view and control of the race.
    dashboard = tm.add(
        tg.Endpoint(
            "Race control dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="club Google Workspace accounts with 2SV")},
        )
    )
    # Public page with the live tracking map and, after sign-off, the results.
    results_site = tm.add(
        tg.Endpoint(
            "Results and live tracking site",
            purpose=tg.EndpointPurpose.API,
            controls={c.HumanInTheLoop(approver="race officer confirms results before publishing")},
        )
    )
    # Refits the finish-time model after each race on the season's tracks.
    retraining = tm.add(tg.Pipeline("Post-race retraining job", stage=tg.Stage.TRAINING))
    # Bucket the tracking service loads the current finish-time model from.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))

# ---------------------------------------------------------------- flows
# positions from the water
tm.flow(swimmer, cap_units, fixes, label="wears the unit")
tm.flow(
    cap_units,
    gateway,
    fixes,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys")},
)
tm.flow(
    gateway,
    tracking,
    fixes,
    protocol="mqtt",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

# start list
tm.flow(tracking, entry_platform, protocol="https", label="start list request")
tm.flow(entry_platform, tracking, entries, protocol="https")

# models and storage
tm.flow(tracking, finish_model, track_features)
tm.flow(finish_model, tracking, finish_prediction)
tm.flow(tracking, stop_model, track_features)
tm.flow(stop_model, tracking, stop_flags)
tm.flow(tracking, track_store, fixes, entries, finish_prediction, safety_alert, alert_ack, results)
tm.flow(track_store, tracking, fixes, entries, course)
tm.flow(model_bucket, tracking, model_file, label="load current model")

# safety alerts on the water
tm.flow(tracking, kayak_phone, safety_alert, protocol="https", label="push alert")
tm.flow(kayak_phone, kayaker, safety_alert)
tm.flow(kayaker, kayak_phone, alert_ack)
tm.flow(kayak_phone, tracking, alert_ack, protocol="https")

# race control
tm.flow(race_officer, dashboard, course, officer_changes, protocol="https")
tm.flow(dashboard, race_officer, race_status, protocol="https")
tm.flow(tracking, dashboard, race_status)
tm.flow(dashboard, track_store, course, officer_changes)

# publishing
tm.flow(track_store, results_site, results, label="after sign-off")
tm.flow(tracking, results_site, live_map)
tm.flow(results_site, spectator, results, live_map, protocol="https")

# retraining after each race
tm.flow(track_store, retraining, history)
tm.flow(retraining, model_bucket, model_file)
