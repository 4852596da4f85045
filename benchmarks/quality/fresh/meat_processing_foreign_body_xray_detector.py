"""Foreign-body X-ray detection on a meat packing line: the first design.

Every pack of meat on packing line 3 passes through an inline X-ray inspection
unit. Its images go over the line's cell network to a line-side inference server,
which runs an in-house detector for bone fragments, metal, glass and hard plastic.
When the detector finds something, the server tells the line PLC, which fires a
pneumatic reject diverter; if no verdict arrives in time the PLC stops the line.
Images, verdicts and reject events are kept on the plant IT network for lot
traceability, and QA technicians review them on a console, marking each reject
as confirmed or false. Reviewed images go weekly to a cloud training account where
the detector is retrained, registered and, after QA manager sign-off, pushed back
to the inference server. The X-ray unit's manufacturer services it remotely
through the plant VPN gateway.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Meat processing foreign-body X-ray detector",
    profile=tg.RiskProfile.HIGH,
    description="Inline X-ray detection and rejection of packs with foreign bodies, "
    "retrained from QA-reviewed images.",
)

# ---------------------------------------------------------------- data assets
xray_images = tg.Data(
    "Product X-ray images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
line_status = tg.Data("Pack trigger and line status", kind="records")
verdict = tg.Data(
    "Foreign-body verdict",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
reject_command = tg.Data(
    "Reject command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
reject_events = tg.Data(
    "Reject events by lot",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot, time, pack position, verdict and image reference, kept for recalls.",
)
qa_labels = tg.Data(
    "QA review labels",
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled X-ray training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_config = tg.Data("Training configuration", kind="code")
detector_weights = tg.Data(
    "Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_request = tg.Data("Release request", kind="records")
deploy_status = tg.Data("Deployment status", kind="logs")
scanner_session = tg.Data(
    "Scanner service session",
    kind="instructions",
    description="Remote desktop session on the scanner: calibration, settings, firmware.",
)
scanner_diagnostics = tg.Data("Scanner diagnostics", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("X-ray vendor", trust=tg.Trust.PARTNER):
    # The manufacturer's service engineer calibrates and updates the scanner remotely.
    vendor_engineer = tm.add(
        tg.Actor("X-ray vendor service engineer", role="service engineer", privileged=True)
    )

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # The only way in from outside the plant for suppliers' remote sessions.
    vpn = tm.add(
        tg.Service(
            "Plant VPN gateway",
            description="Site-to-site and client VPN for suppliers servicing plant equipment.",
            controls={c.Authentication(method="VPN client certificate and password")},
        )
    )

with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # The scanner itself: an X-ray source and line detector over the conveyor.
    xray = tm.add(
        tg.Device(
            "X-ray inspection unit",
            fleet=False,
            description="Vendor-supplied inline scanner with its own touch-screen HMI.",
        )
    )
    # Runs the detector next to the line so a verdict arrives before the pack
    # reaches the diverter.
    inference = tm.add(
        tg.Service(
            "Line-side inference server",
            description="Industrial GPU PC in the line cabinet; runs the detector per pack.",
        )
    )
    # The model that decides whether a pack goes on or is rejected.
    detector = tm.add(
        tg.Model(
            "Foreign-body detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Finds bone fragments, metal, glass and hard plastic in pack images; "
            "a missed fragment reaches consumers.",
            controls={
                c.ModelValidation(
                    note="passes the standard metal, glass and bone test pieces before release"
                )
            },
        )
    )
    # Conveyor and reject logic; stops the line when the inference server goes quiet.
    plc = tm.add(
        tg.Service(
            "Line PLC",
            description="Runs the conveyor and the reject diverter timing.",
            controls={
                c.FailClosed(
                    fallback="line stops and alarms if no verdict arrives within 500 ms "
                    "of a pack trigger"
                )
            },
        )
    )
    # Pushes rejected packs into a locked reject bin.
    diverter = tm.add(tg.Device("Reject diverter", fleet=False))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # Quality staff confirm or overturn rejects, which also produces training labels.
    qa_tech = tm.add(tg.Actor("QA technician", role="quality assurance"))
    console = tm.add(
        tg.Endpoint(
            "QA review console",
            purpose=tg.EndpointPurpose.API,
            description="Web app showing reject images and verdicts for review.",
            controls={
                c.Authentication(method="plant Active Directory user name and password"),
                c.RBAC(),
            },
        )
    )
    # Images and verdicts kept for lot traceability and for labelling.
    archive = tm.add(
        tg.DataStore(
            "Inspection image archive",
            stores={xray_images, verdict, qa_labels},
            description="File share on the plant server, kept for two years.",
        )
    )
    # Records rejects against production lots for recall and HACCP records.
    mes = tm.add(tg.Service("Plant MES", description="Manufacturing execution system."))

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    dataset = tm.add(
        tg.Dataset(
            "Labelled X-ray dataset",
            stores={training_set},
            controls={c.DataVersioning()},
        )
    )
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="GPU training job using open-source vision libraries.",
        )
    )
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={detector_weights}, controls={c.ModelVersioning()}
        )
    )
    # Pushes an approved model version to the line-side server.
    deploy = tm.add(
        tg.Pipeline(
            "Edge deployment pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="QA manager (food safety sign-off)")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# inspection on the line
tm.flow(xray, inference, xray_images, protocol="gige-vision")
tm.flow(plc, inference, line_status, protocol="opc-ua")
tm.flow(inference, detector, xray_images)
tm.flow(detector, inference, verdict)
tm.flow(inference, plc, reject_command, protocol="opc-ua")
tm.flow(plc, diverter, reject_command, label="24 V digital output")

# traceability and review
tm.flow(inference, archive, xray_images, verdict, protocol="smb")
tm.flow(inference, mes, reject_events, protocol="https")
tm.flow(archive, console, xray_images, verdict)
tm.flow(console, qa_tech, xray_images, verdict, protocol="https")
tm.flow(qa_tech, console, qa_labels, protocol="https")
tm.flow(console, archive, qa_labels)

# retraining and release
tm.flow(archive, dataset, xray_images, qa_labels, protocol="https", label="weekly upload")
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, detector_weights)
tm.flow(ml_engineer, deploy, release_request, protocol="https")
tm.flow(registry, deploy, detector_weights)
tm.flow(deploy, inference, detector_weights, protocol="https", label="model update")
tm.flow(inference, deploy, deploy_status, protocol="https")

# vendor remote service
tm.flow(vendor_engineer, vpn, scanner_session, protocol="ipsec")
tm.flow(vpn, xray, scanner_session, protocol="vnc")
tm.flow(xray, vpn, scanner_diagnostics, protocol="vnc")
tm.flow(vpn, vendor_engineer, scanner_diagnostics, protocol="ipsec")
