"""Vessel traffic service collision and grounding risk model: the first design.

The port authority's vessel traffic service (VTS) centre watches ships approaching
the port. A fusion job combines AIS position reports picked up by our VHF base
station, tracks from the port's coastal radar and tide levels from the national
hydrographic office into one traffic picture. Every few seconds a risk service
runs an in-house model over the picture and scores each vessel for collision
(closest point of approach with other traffic) and grounding (under-keel clearance
against the tide) risk. Alerts appear on the VTS operators' consoles; the operator
decides whether to call the vessel on VHF radio. Marine pilots on board get the
same predictions for their vessel on port-issued tablets over the mobile network,
through a small API in the port DMZ. The model is retrained from archived tracks
and operators' near-miss reports. Controls in this design: console and pilot logins,
TLS to the tablets and the tide feed, NMEA checksum checks, model evaluation before
release, versioned models and the VTS recording of operator actions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marine vessel collision risk model",
    profile=tg.RiskProfile.HIGH,
    description="Collision and grounding risk predictions for the port's vessel traffic service.",
)

# ---------------------------------------------------------------- data assets
ais_reports = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Self-reported position, course, speed, heading, draught and identity (MMSI).",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
radar_tracks = tg.Data(
    "Radar tracks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tide_data = tg.Data(
    "Tide and water levels",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
traffic_picture = tg.Data(
    "Fused traffic picture",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-vessel fused track, predicted path and under-keel clearance features.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
risk_scores = tg.Data(
    "Collision and grounding risk predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
risk_alerts = tg.Data("Risk alerts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert_ack = tg.Data("Alert acknowledgements", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
radio_advisory = tg.Data("VHF traffic advisory", sensitivity=tg.Sensitivity.PUBLIC)
vessel_reply = tg.Data("Vessel intentions by radio", sensitivity=tg.Sensitivity.PUBLIC)
pilot_request = tg.Data(
    "Pilot prediction request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The piloted vessel's MMSI and the planned passage.",
)
pilot_login = tg.Data("Pilot credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
near_miss = tg.Data(
    "Near-miss and incident reports", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
history = tg.Data(
    "Historical tracks and incidents",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("At sea", trust=tg.Trust.UNTRUSTED):
    # Every ship's AIS transponder broadcasts its own position on VHF; anyone can transmit.
    transponders = tm.add(
        tg.Device("Shipborne AIS transponders", description="Class A and B AIS units on ships.")
    )
    # The bridge team the VTS operator calls on the radio.
    master = tm.add(tg.Actor("Ship's master and bridge team", role="vessel crew"))
    # Pilots carry port-issued tablets on board; they connect over the public mobile network.
    tablets = tm.add(
        tg.Device(
            "Pilot tablets",
            description="Port-issued tablets with the pilot app, on 4G aboard the ship.",
        )
    )

with tm.boundary("National hydrographic office", trust=tg.Trust.PARTNER):
    # Official tide predictions and live tide-gauge readings for the port approaches.
    tide_feed = tm.add(
        tg.DataSource("Tide and water-level feed", origin=tg.Origin.PARTNER, provides={tide_data})
    )

with tm.boundary("VTS centre network", trust=tg.Trust.INTERNAL):
    # Receives AIS over VHF and decodes the NMEA sentences.
    ais_station = tm.add(
        tg.Service(
            "AIS base station and decoder",
            controls={c.InputValidation(note="NMEA checksum and message-type checks only")},
        )
    )
    # The port's coastal radar sites and their tracker, on the VTS sensor LAN.
    radar = tm.add(
        tg.DataSource("Coastal radar tracker", origin=tg.Origin.INTERNAL, provides={radar_tracks})
    )
    # Associates AIS targets with radar tracks and adds the tide to each vessel's path.
    fusion = tm.add(tg.Pipeline("Track fusion", stage=tg.Stage.PREPROCESSING))
    # The current traffic picture, read by the risk service every few seconds.
    picture_store = tm.add(
        tg.FeatureStore("Traffic picture store", stores={traffic_picture}, online=True)
    )
    # Runs the model over all vessels in the approaches and turns scores into alerts.
    risk_service = tm.add(
        tg.Service(
            "Risk assessment service",
            controls={
                c.HumanInTheLoop(
                    approver="VTS operator",
                    note="alerts are advisory; the operator decides whether to call the vessel",
                )
            },
        )
    )
    # The prediction model itself, built in-house.
    risk_model = tm.add(
        tg.Model(
            "Collision and grounding risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores each vessel's collision and grounding risk over the next 20 minutes.",
            controls={c.ModelValidation(note="back-tested on last year's tracks before release")},
        )
    )
    # The VTS operator's workstation showing the traffic picture and alerts.
    console = tm.add(
        tg.Service(
            "VTS operator console",
            controls={
                c.Authentication(method="Active Directory login"),
                c.AuditLogging(retention_days=30, note="VTS voice and screen recording"),
            },
        )
    )
    # Watches the traffic, acknowledges alerts and radios the vessels.
    operator = tm.add(tg.Actor("VTS operator", role="vts operator"))

with tm.boundary("Port DMZ", trust=tg.Trust.INTERNAL):
    # The only service the pilot tablets reach from the mobile network.
    pilot_api = tm.add(
        tg.Endpoint(
            "Pilot prediction API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="pilot username and password")},
        )
    )

with tm.boundary("Port analytics", trust=tg.Trust.INTERNAL):
    # Archive of fused tracks and operators' near-miss reports used for retraining.
    history_set = tm.add(tg.Dataset("Historical tracks and incidents", stores={history}))
    # Quarterly retraining job run by the port's data team.
    training = tm.add(tg.Pipeline("Risk model training", stage=tg.Stage.TRAINING))
    # Holds released model versions; the risk service loads the approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# sensing
tm.flow(transponders, ais_station, ais_reports, protocol="ais-vhf")
tm.flow(ais_station, fusion, ais_reports, protocol="udp")
tm.flow(radar, fusion, radar_tracks, protocol="asterix")
tm.flow(tide_feed, fusion, tide_data, protocol="https")
tm.flow(fusion, picture_store, traffic_picture)

# scoring and alerting
tm.flow(picture_store, risk_service, traffic_picture)
tm.flow(risk_service, risk_model, traffic_picture)
tm.flow(risk_model, risk_service, risk_scores)
tm.flow(risk_service, console, risk_alerts, risk_scores)
tm.flow(console, risk_service, alert_ack)
tm.flow(console, operator, risk_alerts, traffic_picture)
tm.flow(operator, console, alert_ack, near_miss)
tm.flow(operator, master, radio_advisory, protocol="vhf-voice")
tm.flow(master, operator, vessel_reply, protocol="vhf-voice")

# pilots
tm.flow(tablets, pilot_api, pilot_login, pilot_request, protocol="https")
tm.flow(pilot_api, tablets, risk_scores, protocol="https")
tm.flow(pilot_api, risk_service, pilot_request)
tm.flow(risk_service, pilot_api, risk_scores)

# retraining
tm.flow(picture_store, history_set, traffic_picture, label="nightly archive")
tm.flow(console, history_set, near_miss)
tm.flow(history_set, training, history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="deploy released version")
