"""Platform overcrowding detection for a metro operator: the first design.

The operator's existing platform CCTV cameras stream to each station's video
management system (VMS), which records footage for 31 days. A new edge
inference server in each station's CCTV equipment room takes a restream of the
platform cameras, samples frames every few seconds and runs a crowd density
model that estimates how many people stand in each platform zone. The estimates
go over the operator's WAN to a central crowding alert service in the
operations data centre, which compares them with per-platform thresholds set by
the control room. Past a threshold it alerts the control room dashboard and the
station staff's handhelds, and staff decide whether to hold passengers at the
ticket gates. The model is trained in-house on frames exported from recorded
footage and head-point labels from an annotation contractor. Controls so far:
an isolated CCTV network, VMS role-based access, 31-day retention, staff sign-in
on managed handhelds, a DPIA and model evaluation before each release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Metro platform overcrowding camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Estimates crowd density on metro platforms from CCTV and alerts staff "
    "to hold passengers at the gates.",
)

# ---------------------------------------------------------------- data assets
video_stream = tg.Data(
    "Platform camera video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Live video of passengers on the platforms.",
)
footage = tg.Data(
    "Recorded platform footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
frames = tg.Data(
    "Sampled platform frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Still frames sampled every few seconds from each platform camera.",
)
density = tg.Data(
    "Platform crowd density estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Estimated people per platform zone, with a timestamp and camera id.",
)
alert = tg.Data(
    "Platform crowding alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
thresholds = tg.Data(
    "Platform alert thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
occupancy = tg.Data(
    "Platform occupancy history", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_frames = tg.Data(
    "Training frame extract",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Frames exported from recorded footage across stations and times of day.",
)
annotations = tg.Data(
    "Head-point annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Crowd density model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the density network.",
)
run_config = tg.Data(
    "Training run configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Station network", trust=tg.Trust.INTERNAL):  # noqa: SIM117 (kept as the writer wrote it)
    with tm.boundary("Station CCTV network", trust=tg.Trust.RESTRICTED):
        # The existing platform cameras; the system adds no new cameras.
        cameras = tm.add(
            tg.Device(
                "Platform CCTV cameras",
                description="Fixed IP cameras over each platform, on the isolated CCTV VLAN.",
            )
        )
        # The existing recorder; it also restreams the cameras to the edge server.
        vms = tm.add(
            tg.Service(
                "Station video management system",
                controls={
                    c.RBAC(note="only CCTV-cleared staff can view or export footage"),
                    c.AuditLogging(),
                },
            )
        )
        # The station's CCTV recordings.
        recordings = tm.add(
            tg.DataStore(
                "CCTV recording store",
                stores={footage},
                controls={c.RetentionLimits(days=31)},
            )
        )
        # New: samples frames, runs the model and reports the estimates.
        edge = tm.add(
            tg.Service(
                "Edge inference server",
                description="One GPU server per station in the CCTV equipment room.",
                controls={
                    c.ImpactAssessment(
                        basis="public task (passenger safety); DPIA covers CCTV analytics"
                    )
                },
            )
        )
        # New: the density network, served on the edge server.
        model = tm.add(
            tg.Model(
                "Crowd density model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="A density-map CNN fine-tuned in-house; sums the map per platform zone.",
            )
        )

with tm.boundary("Operations data centre", trust=tg.Trust.INTERNAL):
    # Applies thresholds to the estimates and sends the alerts.
    alert_service = tm.add(
        tg.Service(
            "Crowding alert service",
            controls={
                c.AnomalyDetection(
                    note="warns the control room when a camera sends no estimate for 2 minutes"
                )
            },
        )
    )
    # Estimates kept for reporting and for tuning the thresholds.
    history = tm.add(tg.DataStore("Occupancy history store", stores={occupancy}))
    # The control room's view of every platform.
    dashboard = tm.add(
        tg.Service(
            "Control room crowding dashboard",
            controls={
                c.Authentication(method="Active Directory login"),
                c.RBAC(note="only duty controllers can change thresholds"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Frames and labels the model is trained and evaluated on.
        dataset = tm.add(
            tg.Dataset(
                "Annotated platform frame dataset",
                stores={training_frames, annotations},
            )
        )
        # Fine-tunes the density network and evaluates it on held-out stations.
        training = tm.add(
            tg.Pipeline(
                "Density model training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="count error on held-out stations and rush hours")
                },
            )
        )
        # Released checkpoints, pulled by the edge servers.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Watches all platforms and sets the per-platform thresholds.
    controller = tm.add(tg.Actor("Control room controller", role="duty controller"))

with tm.boundary("Station staff devices", trust=tg.Trust.INTERNAL):
    # MDM-managed handhelds carried by station staff, on 4G through the operator's VPN.
    handheld = tm.add(
        tg.Device(
            "Station staff handheld",
            description="Operator-issued smartphone with the station staff app.",
            controls={c.Authentication(method="individual staff login on the managed handheld")},
        )
    )
    # Decide whether to hold passengers at the gates.
    staff = tm.add(tg.Actor("Station staff", role="station supervisor"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trains and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Annotation contractor", trust=tg.Trust.PARTNER):
    # Labels head positions on exported frames.
    annotator = tm.add(
        tg.ExternalService(
            "Annotation contractor",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="data processing agreement; EU-based staff")},
        )
    )

# ---------------------------------------------------------------- flows
# live video
tm.flow(cameras, vms, video_stream, protocol="rtsp")
tm.flow(vms, recordings, footage)
tm.flow(vms, edge, video_stream, protocol="rtsp", label="restream")

# inference
tm.flow(edge, model, frames)
tm.flow(model, edge, density)
tm.flow(edge, alert_service, density, protocol="https", label="over the operator WAN")

# alerting
tm.flow(alert_service, history, occupancy)
tm.flow(alert_service, dashboard, density, alert)
tm.flow(dashboard, controller, density, alert, protocol="https")
tm.flow(controller, dashboard, thresholds, ack, protocol="https")
tm.flow(dashboard, alert_service, thresholds, ack)
tm.flow(alert_service, handheld, alert, protocol="https", label="push through the VPN")
tm.flow(handheld, staff, alert, label="on the touchscreen")
tm.flow(staff, handheld, ack, label="on the touchscreen")
tm.flow(handheld, alert_service, ack, protocol="https")

# training and release
tm.flow(recordings, dataset, training_frames, label="frame export")
tm.flow(dataset, annotator, training_frames, protocol="sftp")
tm.flow(annotator, dataset, annotations, protocol="sftp")
tm.flow(dataset, training, training_frames, annotations)
tm.flow(ml_engineer, training, run_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="pulled by the edge server on release")
