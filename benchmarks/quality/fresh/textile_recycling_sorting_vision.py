"""Textile sorting vision: the first design, before any security review.

Post-consumer garments travel on conveyor belts past a sensor head on each line:
a near-infrared spectrometer and an RGB line camera. An industrial PC beside each
line runs a classifier that labels every garment by fibre (cotton, polyester,
blends, wool...) and colour, and sends eject commands over Modbus to the line's
PLC, which fires the air jets that blow garments into the right bale bay. Every
reading and decision is kept in a plant historian. Line supervisors pull samples
from finished bays, check them by hand in an audit app on the plant office
network, and their corrections become labels. Buyers of sorted bales report
contamination through a web portal in the company's cloud. A cloud pipeline
retrains the model from historian data and audit labels; an ML engineer approves
each release, which edge PCs download from the registry. Controls: portal login,
TLS on cloud traffic, office sign-in for the audit app, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Textile sorting vision",
    profile=tg.RiskProfile.LOW,
    description="NIR and camera classification of garments driving air-jet sorting.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "NIR spectra and garment images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sort_decision = tg.Data(
    "Fibre and colour class",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
eject_command = tg.Data(
    "Air-jet eject command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sort_log = tg.Data("Sort event log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
audit_labels = tg.Data(
    "Supervisor audit labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
contamination = tg.Data(
    "Bale contamination report",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Buyer, bale id, grade claimed, contamination found, photos.",
)
buyer_login = tg.Data(
    "Buyer portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
training_data = tg.Data(
    "Labelled garment spectra", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
artifact = tg.Data("Sorting model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release_ok = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Mills and export traders who buy sorted bales; anyone we sell to gets an account.
    buyer = tm.add(tg.Actor("Bale buyer", role="customer"))

with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # NIR spectrometer plus RGB line camera above each conveyor.
    sensor = tm.add(tg.Device("Line sensor head", fleet=True))
    # Industrial PC per line running the classifier and the eject timing logic.
    edge_pc = tm.add(tg.Service("Line edge PC"))
    # The classifier itself, loaded on each edge PC.
    model = tm.add(
        tg.Model(
            "Fibre and colour classifier",
            task=tg.Task.CLASSIFIER,
            description="1D-CNN on NIR spectra plus a colour head on the camera crop.",
        )
    )
    # PLC driving the solenoid valves of the air jets.
    plc = tm.add(tg.Device("Air-jet PLC", fleet=True))
    # Plant historian: every reading, class and eject, kept 90 days.
    historian = tm.add(tg.DataStore("Sort historian", stores={readings, sort_log}))

with tm.boundary("Plant office network", trust=tg.Trust.INTERNAL):
    # Line supervisors audit bales by hand.
    supervisor = tm.add(tg.Actor("Line supervisor", role="supervisor"))
    # Tablet web app to record audited samples and look up buyer claims.
    audit_app = tm.add(
        tg.Service("Sample audit app", controls={c.Authentication(method="plant Active Directory")})
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Web portal where buyers file contamination claims against bale ids.
    portal = tm.add(
        tg.Endpoint(
            "Buyer claims portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Claims database shared by sales and quality.
    claims = tm.add(tg.DataStore("Claims database", stores={contamination}))
    # Training set assembled from historian readings and audit labels.
    dataset = tm.add(
        tg.Dataset("Garment training set", stores={training_data}, controls={c.DataVersioning()})
    )
    # Monthly retraining job.
    training = tm.add(
        tg.Pipeline("Retraining pipeline", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Model versions the edge PCs pull from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning(), c.HumanInTheLoop(approver="ML engineer")},
        )
    )

with tm.boundary("Engineering", trust=tg.Trust.INTERNAL):
    # Owns the model and approves each release to the lines.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# on the line
tm.flow(sensor, edge_pc, readings, protocol="gige-vision", label="per-garment scan")
tm.flow(edge_pc, model, readings)
tm.flow(model, edge_pc, sort_decision)
tm.flow(edge_pc, plc, eject_command, protocol="modbus")
tm.flow(plc, edge_pc, sort_log, protocol="modbus", label="valve and bay status")
tm.flow(edge_pc, historian, readings, sort_decision, sort_log, protocol="opc-ua")

# supervisor audits
tm.flow(supervisor, audit_app, audit_labels, label="audited samples")
tm.flow(historian, audit_app, sort_log, label="bay and shift lookup")
tm.flow(claims, audit_app, contamination, protocol="https", label="claims to investigate")

# buyer claims
tm.flow(buyer, portal, buyer_login, contamination, protocol="https", controls={tls})
tm.flow(portal, buyer, contamination, protocol="https", controls={tls}, label="claim status")
tm.flow(portal, claims, contamination)

# retraining and release
tm.flow(historian, dataset, readings, sort_decision, protocol="https", label="nightly upload")
tm.flow(audit_app, dataset, audit_labels, protocol="https")
tm.flow(dataset, training, training_data)
tm.flow(training, registry, artifact)
tm.flow(engineer, registry, release_ok, protocol="https", label="approves release")
tm.flow(registry, edge_pc, artifact, protocol="https", label="model download")
tm.flow(edge_pc, model, artifact, protocol="local", label="load new version")
