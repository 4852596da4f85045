"""Harbour master's vessel traffic anomaly model: the first design, before any security review.

The port authority's Vessel Traffic Service (VTS) watches every ship in the port
approaches. AIS position reports come in from our own shore base stations and from a
commercial satellite-AIS feed; an ingest service decodes them into a track store. A
scoring service runs an in-house anomaly model over each live track, together with
the expected port calls, and flags loitering, AIS spoofing (impossible jumps, cloned
MMSIs) and dark periods on the duty officer's VTS console. The duty officer decides
what to do: call the vessel on marine VHF, or send an incident alert to the
coastguard's rescue centre. Officers' dispositions become labels for quarterly retraining.
Controls in this design: console sign-in with the VTS domain account and roles, an
audit log of dispositions, NMEA checksum and schema checks at ingest, TLS on the
satellite feed and the coastguard link, and an evaluation before each model release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour master vessel traffic anomaly model",
    profile=tg.RiskProfile.HIGH,
    description="Flags unusual AIS tracks in the port approaches for the VTS duty officer.",
)

# ---------------------------------------------------------------- data assets
ais_reports = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="NMEA VDM sentences: MMSI, position, course, speed, heading, voyage data.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sat_ais = tg.Data(
    "Satellite AIS reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed feed of AIS reports beyond shore-station range.",
)
tracks = tg.Data(
    "Vessel tracks",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
port_calls = tg.Data(
    "Expected port calls",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pre-arrival notifications: vessel, ETA, berth, agent contact.",
)
track_features = tg.Data("Track features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
anomaly_score = tg.Data("Anomaly score and type", kind="model-output")
anomaly_alert = tg.Data(
    "Track anomaly alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel, anomaly type (loitering, spoofing, dark period), score, track excerpt.",
)
disposition = tg.Data(
    "Officer disposition",
    kind="labels",
    description="Duty officer's verdict on a flag: genuine, benign, or false alarm, with notes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
vhf_call = tg.Data("VHF voice call", kind="media", description="Duty officer hails the vessel.")
coastguard_alert = tg.Data(
    "Coastguard incident alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel identity, last known position, anomaly and officer's assessment.",
)
training_set = tg.Data(
    "Labelled historical tracks",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
weights = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn isolation forest and track classifier, saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("At sea", trust=tg.Trust.UNTRUSTED):
    # Every ship's AIS transponder broadcasts its own position; anyone can transmit AIS.
    transponders = tm.add(
        tg.Device("Vessel AIS transponders", fleet=True, description="Class A and B AIS units.")
    )
    # The bridge watch the duty officer talks to on VHF.
    bridge_crew = tm.add(tg.Actor("Vessel bridge crew", role="ship's officer of the watch"))

with tm.boundary("Satellite AIS provider", trust=tg.Trust.PARTNER):
    # Commercial feed that covers the outer approaches beyond our receivers.
    sat_feed = tm.add(
        tg.DataSource(
            "Satellite AIS feed",
            origin=tg.Origin.VENDOR,
            provides={sat_ais},
            description="REST streaming API, per-customer API key.",
        )
    )

with tm.boundary("Coastguard", trust=tg.Trust.PARTNER):
    # The rescue coordination centre that acts on our alerts.
    coastguard = tm.add(
        tg.ExternalService(
            "Coastguard MRCC incident system",
            description="Maritime rescue coordination centre's incident intake API.",
        )
    )

with tm.boundary("Port shore sites", trust=tg.Trust.INTERNAL):
    # Our AIS base stations on the breakwater and the signal station.
    base_stations = tm.add(
        tg.Device("Shore AIS base stations", fleet=True, description="Three receivers on masts.")
    )
    # The marine VHF transceiver the duty officer uses to hail ships.
    vhf_radio = tm.add(tg.Device("VHF radio console", fleet=False))

with tm.boundary("VTS operations network", trust=tg.Trust.INTERNAL):
    # Decodes AIS sentences from both sources and builds tracks.
    ingest = tm.add(
        tg.Service(
            "AIS ingest service",
            controls={c.SchemaEnforcement(note="NMEA checksum and message-type schema checks")},
        )
    )
    # Live and historical tracks, kept five years for incident inquiries.
    track_store = tm.add(tg.DataStore("Vessel track store", stores={tracks, disposition}))
    # Port call system the shipping agents file pre-arrival notices into.
    port_call_db = tm.add(tg.DataStore("Port call database", stores={port_calls}))
    # Runs the model over every live track each minute and raises flags.
    scoring = tm.add(
        tg.Service(
            "Track scoring service",
            description="Builds features per track, calls the model, raises flags above threshold.",
        )
    )
    # The anomaly model itself: advisory, the duty officer decides.
    model = tm.add(
        tg.Model(
            "Track anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Flags loitering, AIS spoofing and dark periods on live tracks.",
        )
    )
    # The duty officer's chart display with the alert list.
    console = tm.add(
        tg.Endpoint(
            "VTS alert console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="VTS domain account password"),
                c.RBAC(),
                c.AuditLogging(note="every disposition and coastguard alert is logged"),
                c.HumanInTheLoop(approver="VTS duty officer"),
            },
        )
    )
    # The person who watches the traffic picture and decides.
    officer = tm.add(tg.Actor("VTS duty officer", role="VTS operator"))

    with tm.boundary("VTS analytics", trust=tg.Trust.INTERNAL):
        # Historical tracks joined with officers' dispositions.
        dataset = tm.add(tg.Dataset("Labelled track dataset", stores={training_set}))
        # Quarterly retraining, run by the analytics team.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="replayed past incidents must still be flagged")},
            )
        )
        # Where released model versions are kept.
        registry = tm.add(
            tg.ModelRegistry("Model store", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tm.flow(transponders, base_stations, ais_reports, protocol="vhf", label="AIS VDL broadcast")
tm.flow(base_stations, ingest, ais_reports, protocol="udp", label="NMEA over port WAN")
tm.flow(
    sat_feed,
    ingest,
    sat_ais,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(ingest, track_store, tracks)

tm.flow(track_store, scoring, tracks, label="live tracks")
tm.flow(port_call_db, scoring, port_calls, label="expected arrivals")
tm.flow(scoring, model, track_features)
tm.flow(model, scoring, anomaly_score)
tm.flow(scoring, console, anomaly_alert)

tm.flow(track_store, console, tracks, label="traffic picture")
tm.flow(console, officer, anomaly_alert, tracks)
tm.flow(officer, console, disposition)
tm.flow(console, track_store, disposition, label="flag dispositions")

tm.flow(officer, vhf_radio, vhf_call)
tm.flow(vhf_radio, bridge_crew, vhf_call, protocol="marine vhf")
tm.flow(bridge_crew, vhf_radio, vhf_call, protocol="marine vhf")
tm.flow(vhf_radio, officer, vhf_call)
tm.flow(
    console,
    coastguard,
    coastguard_alert,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

tm.flow(track_store, dataset, tracks, disposition, label="quarterly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy released model")
