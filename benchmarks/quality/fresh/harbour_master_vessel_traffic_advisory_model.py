"""Harbour master vessel traffic advisory model: the first design, before any security review.

The harbour authority's vessel traffic service (VTS) adds a model that predicts
congestion and collision risk in the approach channel. It reads AIS position
reports from the authority's shore stations, tracks from the coastal radar and
the port's berth schedule, and a slot planner turns its risk map into suggested
arrival slots. VTS operators see the risk map and suggestions on their consoles
in the restricted operations network and decide what to tell ships over VHF
radio; slots they confirm go back to the berth schedule. Pilots and shipping
agents sign in to a web portal with a username and password to see the slot
schedule. Operator consoles use directory logins with roles and keep an audit
trail; the AIS decoder rejects malformed sentences. The model is retrained
monthly in the corporate network from the track history, backtested against
past incidents and versioned in a registry before it is deployed.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Harbour master vessel traffic advisory model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Congestion and collision-risk predictions and arrival-slot suggestions "
        "for a harbour authority's vessel traffic service."
    ),
)

# ---------------------------------------------------------------- data assets
ais_reports = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Position, course, speed and identity each vessel broadcasts.",
)
radar_tracks = tg.Data(
    "Radar tracks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fused_tracks = tg.Data(
    "Fused vessel tracks",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
berth_schedule = tg.Data(
    "Berth schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Berth allocations, expected arrivals and departures, cargo and draught.",
)
risk_map = tg.Data(
    "Congestion and collision risk map",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
slot_suggestions = tg.Data(
    "Suggested arrival slots", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
confirmed_slots = tg.Data(
    "Confirmed arrival slots",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
vhf_instructions = tg.Data(
    "VHF traffic information and instructions", kind="media", sensitivity=tg.Sensitivity.PUBLIC
)
portal_sign_in = tg.Data("Portal sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
training_data = tg.Data(
    "Historical tracks and incident records",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_artifact = tg.Data(
    "Risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM models saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Sea area", trust=tg.Trust.UNTRUSTED):
    # Every vessel in range broadcasts AIS and listens to the VTS working channel.
    vessels = tm.add(tg.Actor("Vessels in the approach", role="ship's bridge", human=False))

with tm.boundary("VTS sensor sites", trust=tg.Trust.INTERNAL):
    # Shore AIS base stations on the breakwater and headland, on the authority's WAN.
    ais_station = tm.add(
        tg.Device("AIS shore stations", description="Receive AIS VHF data-link messages.")
    )
    # The coastal radar and its tracker, which already feed the VTS system.
    radar = tm.add(tg.Device("Coastal radar tracker", fleet=False))

with tm.boundary("VTS operations network", trust=tg.Trust.RESTRICTED):
    # Correlates AIS and radar into one traffic picture; the model's input.
    fusion = tm.add(
        tg.Service(
            "Track fusion service",
            controls={c.InputValidation(note="NMEA checksum and range checks on AIS sentences")},
        )
    )
    # Keeps the fused tracks for replay and for training.
    track_history = tm.add(tg.DataStore("Track history store", stores={fused_tracks}))
    # The new model: predicts congestion and collision risk per channel segment.
    risk_model = tm.add(
        tg.Model(
            "Congestion and collision risk model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over track and schedule features, "
            "predicting risk 30 to 120 minutes ahead.",
        )
    )
    # Optimiser that turns risk and berth availability into suggested arrival slots.
    slot_planner = tm.add(
        tg.Service(
            "Arrival slot planner",
            controls={
                c.HumanInTheLoop(
                    approver="VTS operator", note="suggestions only; operator confirms"
                )
            },
        )
    )
    # The operator's console application showing the picture, risk map and suggestions.
    console = tm.add(
        tg.Service(
            "VTS operator console",
            controls={
                c.Authentication(method="Active Directory username and password"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Watch-keeping operator who decides what to tell ships.
    operator = tm.add(tg.Actor("VTS operator", role="vts operator"))

with tm.boundary("Harbour authority corporate network", trust=tg.Trust.INTERNAL):
    # The port's berth schedule, kept by the berth planners.
    berth_db = tm.add(
        tg.DataStore(
            "Berth schedule database",
            stores={berth_schedule, confirmed_slots},
            controls={c.RBAC()},
        )
    )
    # Harbour master's office staff who allocate berths.
    berth_planner = tm.add(tg.Actor("Berth planner", role="berth planning"))
    # Monthly retraining job run by the data team.
    training = tm.add(
        tg.Pipeline(
            "Monthly risk model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against recorded near-misses")},
        )
    )
    # Holds each trained version for deployment to the operations network.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Port web DMZ", trust=tg.Trust.INTERNAL):
    # Public web portal showing the slot schedule to pilots and agents.
    portal = tm.add(
        tg.Endpoint(
            "Slot schedule portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="username and password"), c.RBAC()},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Marine pilots planning their boardings.
    pilot = tm.add(tg.Actor("Marine pilot", role="pilot"))
    # Shipping agents arranging arrivals for their principals.
    agent = tm.add(tg.Actor("Shipping agent", role="agent"))

# ---------------------------------------------------------------- flows
tm.flow(vessels, ais_station, ais_reports, protocol="ais", label="VHF data link")
tm.flow(ais_station, fusion, ais_reports, protocol="udp", label="NMEA sentences")
tm.flow(radar, fusion, radar_tracks, protocol="asterix")
tm.flow(fusion, track_history, fused_tracks)
tm.flow(fusion, risk_model, fused_tracks)
tm.flow(fusion, console, fused_tracks, label="traffic picture")

tm.flow(berth_db, risk_model, berth_schedule, protocol="postgresql")
tm.flow(berth_db, slot_planner, berth_schedule, protocol="postgresql")
tm.flow(risk_model, slot_planner, risk_map)
tm.flow(risk_model, console, risk_map)
tm.flow(slot_planner, console, slot_suggestions)

tm.flow(console, operator, fused_tracks, risk_map, slot_suggestions)
tm.flow(operator, console, confirmed_slots)
tm.flow(console, berth_db, confirmed_slots, protocol="postgresql")
tm.flow(operator, vessels, vhf_instructions, protocol="vhf voice")

tm.flow(berth_planner, berth_db, berth_schedule)
tm.flow(berth_db, portal, confirmed_slots, protocol="postgresql")
tm.flow(pilot, portal, portal_sign_in, protocol="https")
tm.flow(portal, pilot, confirmed_slots, protocol="https")
tm.flow(agent, portal, portal_sign_in, protocol="https")
tm.flow(portal, agent, confirmed_slots, protocol="https")

tm.flow(track_history, training, training_data, label="monthly export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="deploy")
