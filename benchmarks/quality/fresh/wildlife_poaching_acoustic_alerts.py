"""Wildlife anti-poaching acoustic alerts: the first design, before any security review.

Solar acoustic sensor nodes on trees along the park boundary run a small int8
detector that listens for gunshots and chainsaws. A detection sends a short alert
(class, confidence, node id, GPS, time) over LoRaWAN to tower gateways, which
forward it to the network and alert server at the ranger station. Rangers see
alerts in a phone app over park Wi-Fi or cellular and mark each one confirmed or
false after patrol. Nodes keep a clip of each detection on an SD card; technicians
collect the cards monthly and upload the clips to the conservancy's cloud project,
where a monthly job joins them with ranger verdicts and public sound datasets and
retrains the detector. A data scientist signs off each release, which technicians
flash over USB. Controls: LoRaWAN AES-128 and MIC, per-ranger app logins, encrypted
cloud storage, versioned models and a held-out evaluation before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wildlife anti-poaching acoustic alerts",
    profile=tg.RiskProfile.HIGH,
    description=(
        "On-sensor gunshot and chainsaw detection sending LoRaWAN alerts to a ranger "
        "station, with ranger confirmation on phones and monthly retraining."
    ),
)

# ---------------------------------------------------------------- data assets
audio = tg.Data(
    "Live audio frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Microphone frames processed in RAM on the node; never transmitted live.",
)
detection = tg.Data(
    "Detection result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Class (gunshot, chainsaw, background) and confidence from the detector.",
)
alert = tg.Data(
    "Poaching alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Node id, GPS fix, class, confidence and time: reveals where rangers will go.",
)
clips = tg.Data(
    "Detection clips",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="10-second audio around each detection; may capture human voices.",
)
verdict = tg.Data(
    "Ranger verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Confirmed or false alarm, with a free-text patrol note.",
)
public_sounds = tg.Data(
    "Public sound clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Gunshot, chainsaw and forest-background clips from open datasets.",
)
training_set = tg.Data(
    "Labelled training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
detector_weights = tg.Data(
    "Detector model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    description="TensorFlow Lite Micro int8 flatbuffer compiled into the node image.",
)
release_approval = tg.Data("Release sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ranger_login = tg.Data("Ranger login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Park field",
    trust=tg.Trust.UNTRUSTED,
    description="Unattended hardware in the bush, reachable by anyone on foot.",
):
    # The solar sensor nodes themselves: microphone, MCU, SD card, LoRa radio.
    node = tm.add(
        tg.Device(
            "Acoustic sensor node",
            fleet=True,
            description="About 120 solar nodes strapped to trees; SD card buffers detection clips.",
        )
    )
    # The detector runs on the node so that only tiny alerts need the radio link.
    detector = tm.add(
        tg.Model(
            "On-sensor detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Small CNN over log-mel frames; alerts above a 0.8 confidence threshold.",
        )
    )
    # Gateways on radio towers bridge LoRa to the station's point-to-point backhaul.
    gateway = tm.add(
        tg.Service(
            "LoRaWAN gateway",
            description="Off-the-shelf gateways on four towers running the Semtech packet forwarder.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Rangers' phones reach the station over park Wi-Fi or the local cellular network.
    phone_app = tm.add(
        tg.Device("Ranger phone app", fleet=True, description="Android app on issued phones.")
    )
    # Rangers decide whether to dispatch a patrol and record what they found.
    ranger = tm.add(tg.Actor("Ranger", role="ranger"))
    # Open sound datasets used to bootstrap and balance the training set.
    public_data = tm.add(
        tg.DataSource(
            "Public sound datasets",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_sounds},
        )
    )

with tm.boundary(
    "Ranger station",
    trust=tg.Trust.INTERNAL,
    description="Server room at park HQ with a satellite uplink.",
):
    # LoRaWAN network server plus the alerting logic (dedup, map, patrol assignment).
    alert_server = tm.add(
        tg.Service(
            "Network and alert server",
            description="ChirpStack network server with our alert service on one machine.",
        )
    )
    # Every alert and ranger verdict, for dispatch and for the monthly training export.
    alert_db = tm.add(tg.DataStore("Alert database", stores={alert, verdict}))
    # The API the phone app polls for open alerts and posts verdicts to.
    ranger_api = tm.add(
        tg.Endpoint(
            "Ranger app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-ranger username and password")},
        )
    )
    # Technicians service the nodes, swap SD cards and flash new firmware and models.
    technician = tm.add(tg.Actor("Field technician", role="technician", privileged=True))

with tm.boundary("Conservancy cloud project", trust=tg.Trust.INTERNAL):
    # Raw detection clips uploaded after each maintenance round.
    clip_archive = tm.add(
        tg.DataStore(
            "Clip archive",
            stores={clips},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly job matching clips to ranger verdicts by node id and timestamp.
    labeling = tm.add(tg.Pipeline("Clip labelling job", stage=tg.Stage.LABELING))
    # The curated set the detector is trained on each month.
    dataset = tm.add(tg.Dataset("Detector training set", stores={training_set}))
    # Monthly retraining on a rented GPU instance; installs its audio libraries from PyPI.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out recall and false-alarm rate per class")},
        )
    )
    # Versioned detector builds that technicians download before a field round.
    registry = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={detector_weights},
            controls={
                c.ModelVersioning(),
                c.HumanInTheLoop(approver="conservation data scientist"),
            },
        )
    )
    # Owns the detector and signs off each monthly release.
    scientist = tm.add(tg.Actor("Conservation data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
lorawan = {
    c.EncryptionInTransit(protocol="LoRaWAN 1.0.3 AES-128 AppSKey"),
    c.MessageIntegrity(note="LoRaWAN MIC with NwkSKey"),
}

# detection and alerting
tm.flow(node, detector, audio, protocol="local")
tm.flow(detector, node, detection, protocol="local")
tm.flow(node, gateway, alert, protocol="lorawan", controls=lorawan)
tm.flow(gateway, alert_server, alert, protocol="udp", label="packet forwarder backhaul")
tm.flow(alert_server, alert_db, alert)
tm.flow(alert_db, ranger_api, alert, label="open alerts")
tm.flow(ranger_api, phone_app, alert, protocol="https")
tm.flow(phone_app, ranger, alert, label="alert on map")
tm.flow(ranger, phone_app, ranger_login, verdict)
tm.flow(phone_app, ranger_api, ranger_login, verdict, protocol="https")
tm.flow(ranger_api, alert_db, verdict)

# collecting clips and labelling
tm.flow(node, technician, clips, label="monthly SD card swap")
tm.flow(technician, clip_archive, clips, protocol="https", label="upload from station")
tm.flow(clip_archive, labeling, clips)
tm.flow(alert_db, labeling, verdict, protocol="https", label="monthly verdict export")
tm.flow(labeling, dataset, training_set)
tm.flow(public_data, dataset, public_sounds, protocol="https")

# retraining and release
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, detector_weights)
tm.flow(scientist, registry, release_approval, label="approves release")
tm.flow(
    registry, technician, detector_weights, protocol="https", label="download before field round"
)
tm.flow(technician, node, detector_weights, protocol="usb", label="flash over USB")
