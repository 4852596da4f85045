"""Sperm whale ship-strike advisory agent: the first design, before any security review.

A marine research institute moors hydrophone buoys along a shipping lane. Each buoy
runs an energy trigger and sends short audio snippets over LTE (MQTT with TLS and a
per-buoy X.509 certificate) to an ingest service in the institute's cloud account.
An in-house CNN confirms sperm whale echolocation clicks, and a localisation service
fixes the animals' position from several buoys and records detection events.
An LLM agent (a hosted model from a vendor) reads each new detection, looks up the
vessels heading into the area from a commercial AIS data provider, and drafts and
submits a speed advisory (zone, 10-knot limit, validity) to the coastal authority's
advisory API; the authority broadcasts it to ships as AIS safety messages. The agent
runs unattended day and night with a step limit; every step is logged, and the duty
bioacoustician watches detections and advisories in an SSO-protected dashboard, can
cancel an advisory, and annotates snippets used to retrain the detector.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sperm whale acoustic monitoring ship-strike agent",
    profile=tg.RiskProfile.HIGH,
    description="Detects sperm whales on hydrophone buoys and sends speed advisories "
    "to ships through the coastal authority.",
)

# ---------------------------------------------------------------- data assets
snippets = tg.Data(
    "Hydrophone audio snippets",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Triggered 10-second clips with buoy id, GPS time and position.",
)
click_scores = tg.Data(
    "Click detection scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
detections = tg.Data(
    "Whale detection events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Time, estimated position and confidence of a localised group.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Standing instructions, the detection event, vessel list and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
vessel_query = tg.Data(
    "Vessel traffic query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
vessels = tg.Data(
    "AIS vessel positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed feed: MMSI, name, position, course and speed of ships nearby.",
)
advisory = tg.Data(
    "Speed advisory",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Zone polygon, recommended maximum speed and validity period.",
)
advisory_ack = tg.Data(
    "Advisory acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
cancellation = tg.Data("Advisory cancellation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
authority_key = tg.Data(
    "Coastal authority API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
annotations = tg.Data("Click annotations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
detector_weights = tg.Data(
    "Click detector model", format="onnx", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Offshore buoy network", trust=tg.Trust.INTERNAL):
    # The institute's moored hydrophones; unattended at sea, reporting over LTE.
    buoys = tm.add(
        tg.Device(
            "Hydrophone buoys",
            fleet=True,
            description="Moored acoustic buoys with an on-board energy trigger and LTE modem.",
        )
    )

with tm.boundary("At sea", trust=tg.Trust.UNTRUSTED):
    # Bridge crews of merchant ships who receive the advisories and slow down.
    ships = tm.add(tg.Actor("Ship bridge crew", role="ship master or officer of the watch"))

with tm.boundary("Coastal authority", trust=tg.Trust.PARTNER):
    # The authority's navigational warning system: it broadcasts what we submit.
    authority = tm.add(
        tg.ExternalService(
            "Coastal authority advisory API",
            description="Accepts advisories and rebroadcasts them as AIS safety messages.",
        )
    )

with tm.boundary("AIS data provider", trust=tg.Trust.PARTNER):
    # Commercial aggregated AIS feed for the vessels near a detection.
    ais = tm.add(tg.ExternalService("AIS vessel data API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with function calling behind the vendor's API.",
        )
    )

with tm.boundary("Institute cloud account", trust=tg.Trust.INTERNAL):
    # IoT endpoint receiving the buoys' snippets.
    ingest = tm.add(tg.Service("Acoustic ingest service"))
    # Research archive of every snippet, with the bioacousticians' annotations.
    archive = tm.add(tg.DataStore("Audio snippet archive", stores={snippets, annotations}))
    # CNN that scores each snippet for sperm whale clicks.
    detector = tm.add(
        tg.Model(
            "Sperm whale click detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={c.ModelVersioning()},
        )
    )
    # Runs the detector and localises groups by time difference of arrival across buoys.
    localiser = tm.add(tg.Service("Detection and localisation service"))
    # Detections and every advisory issued, for the dashboard and the research record.
    detection_db = tm.add(
        tg.DataStore("Detection and advisory database", stores={detections, advisory})
    )
    # The LLM agent that decides whether, where and how to advise ships.
    agent = tm.add(
        tg.Agent(
            "Ship-strike advisory agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(note="prompts, tool calls and advisories"),
            },
        )
    )
    # Reads the AIS provider for ships in and heading into a zone.
    vessel_tool = tm.add(
        tg.Tool("Vessel traffic lookup tool", capabilities={"read", "network-egress"})
    )
    # Posts an advisory to the coastal authority's API with our API key.
    submit_tool = tm.add(
        tg.Tool(
            "Advisory submission tool",
            capabilities={"write", "send-messages", "network-egress"},
            controls={c.SecretsManagement(note="authority API key in the cloud secrets manager")},
            description="Holds the authority API key from the secrets manager.",
        )
    )
    # Staff view of detections and advisories, with a cancel button and annotation UI.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="institute SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Periodic retraining of the click detector on annotated snippets.
    training = tm.add(tg.Pipeline("Detector training pipeline", stage=tg.Stage.TRAINING))

with tm.boundary("Institute staff", trust=tg.Trust.INTERNAL):
    # On-call scientist who watches the system and labels clicks.
    bioacoustician = tm.add(tg.Actor("Duty bioacoustician", role="scientist"))

# ---------------------------------------------------------------- flows
tm.flow(
    buoys,
    ingest,
    snippets,
    protocol="mqtt+tls",
    controls={
        c.EncryptionInTransit(protocol="TLS 1.2"),
        c.MutualAuthentication(note="per-buoy X.509 certificates"),
    },
)
tm.flow(ingest, archive, snippets)
tm.flow(ingest, localiser, snippets)
tm.flow(localiser, detector, snippets)
tm.flow(detector, localiser, click_scores)
tm.flow(localiser, detection_db, detections)
tm.flow(localiser, agent, detections, label="new detection event")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, vessel_tool, vessel_query)
tm.flow(vessel_tool, ais, vessel_query, protocol="https")
tm.flow(ais, vessel_tool, vessels, protocol="https")
tm.flow(vessel_tool, agent, vessels)
tm.flow(agent, submit_tool, advisory)
tm.flow(submit_tool, authority, advisory, authority_key, protocol="https")
tm.flow(authority, submit_tool, advisory_ack, protocol="https")
tm.flow(submit_tool, agent, advisory_ack)
tm.flow(agent, detection_db, advisory, label="advisory log")
tm.flow(authority, ships, advisory, protocol="ais", label="AIS safety-related broadcast")

tm.flow(detection_db, dashboard, detections, advisory)
tm.flow(archive, dashboard, snippets, label="snippet playback")
tm.flow(dashboard, bioacoustician, detections, advisory, snippets, protocol="https")
tm.flow(bioacoustician, dashboard, cancellation, annotations, protocol="https")
tm.flow(dashboard, authority, cancellation, authority_key, protocol="https")
tm.flow(dashboard, archive, annotations)
tm.flow(archive, training, snippets, annotations)
tm.flow(training, detector, detector_weights, label="deploy")
