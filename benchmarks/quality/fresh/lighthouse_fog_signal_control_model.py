"""Lighthouse fog signal control: the first design, before any security review.

The national lighthouse authority automates the fog signals at 40 unmanned
lighthouses. At each site an edge controller reads a visibility meter and a
camera, runs a small fog model, and sounds the fog horn and raises the lantern's
intensity when it decides visibility is poor. Sites report status to the central
monitoring centre over a VSAT satellite link, inside an IPsec tunnel; duty
officers watch a dashboard (corporate SSO with MFA, role-based access, audit log
of overrides) and can override any site. The centre logs the sensor data, trains
new fog models on it, validates them against held-out fog events, and pushes the
ONNX artifact to the sites over the same link once an ML engineer approves it.
Mariners report missed signals through a web form on the public website; the
complaints are shown to the duty officers. The lantern has a hardware minimum
intensity at night whatever the controller commands.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lighthouse fog signal control",
    profile=tg.RiskProfile.HIGH,
    description="Edge fog model at 40 unmanned lighthouses, monitored and retrained centrally.",
)

# ---------------------------------------------------------------- data assets
visibility = tg.Data(
    "Visibility readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
camera_frames = tg.Data(
    "Seaward camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Low-resolution stills of the sea and horizon, every 30 seconds.",
)
fog_decision = tg.Data(
    "Fog decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
horn_command = tg.Data("Horn on/off signal", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
light_command = tg.Data(
    "Lantern intensity setpoint", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
status_report = tg.Data(
    "Site status report",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Signal state, health, and the sensor readings logged since the last report.",
)
site_override = tg.Data(
    "Site override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Force the fog signal on or off, or return the site to automatic.",
)
sensor_log = tg.Data(
    "Logged sensor history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fog_model_artifact = tg.Data(
    "Fog model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
complaint = tg.Data(
    "Missed-signal complaint",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Vessel, position, time, what was missed, and the mariner's name and contact.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Mariners at sea who rely on the signals and report when one was missed.
    mariner = tm.add(tg.Actor("Mariner", role="member of the public"))

with tm.boundary("Public website", trust=tg.Trust.INTERNAL):
    # The authority's public site hosts the complaint form.
    complaint_form = tm.add(
        tg.Endpoint(
            "Missed-signal complaint form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation()},
        )
    )

with tm.boundary("Lighthouse sites", trust=tg.Trust.INTERNAL, description="40 unmanned stations."):
    # Forward-scatter visibility meter on the tower: the main input to the fog model.
    vis_meter = tm.add(tg.Device("Visibility meter", description="One per site, RS-485/Modbus."))
    # Fixed seaward camera: a second view of fog banks the meter may miss.
    camera = tm.add(tg.Device("Seaward camera", description="One per site, IP camera."))
    # The site's computer: runs the fog model, drives horn and lantern, talks to the centre.
    edge = tm.add(
        tg.Service(
            "Edge site controller",
            description="Industrial PC at each lighthouse; applies overrides from the centre.",
        )
    )
    # The fog model itself, run on the edge controller.
    fog_model = tm.add(
        tg.Model(
            "Fog detection model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Small gradient-boosted model over visibility and image features.",
        )
    )
    # The fog horn, switched by a relay output of the controller.
    horn = tm.add(tg.Device("Fog horn", description="Compressed-air or electric emitter."))
    # The main light; the controller raises its intensity in fog.
    lantern = tm.add(
        tg.Device(
            "Lantern",
            description="LED lantern with a dimmer input from the controller.",
            controls={c.SafetyLimits(limits="hardware minimum intensity at night")},
        )
    )

with tm.boundary("Central monitoring centre", trust=tg.Trust.INTERNAL):
    # Staff who watch all sites and can take manual control.
    duty_officer = tm.add(tg.Actor("Duty officer", role="operations staff", privileged=True))
    # The monitoring application: receives status, shows the dashboard, sends overrides.
    dashboard = tm.add(
        tg.Service(
            "Monitoring dashboard",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Archive of every site's sensor readings, the training data for new models.
    sensor_archive = tm.add(tg.Dataset("Sensor log archive", stores={sensor_log}))
    # Complaints from mariners, kept for the duty officers and incident records.
    complaint_store = tm.add(tg.DataStore("Complaint records", stores={complaint}))
    # Retrains the fog model on logged data and checks it against past fog events.
    training = tm.add(
        tg.Pipeline(
            "Fog model training",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="held-out recorded fog events")},
        )
    )
    # Holds every trained model version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={fog_model_artifact}, controls={c.ModelVersioning()}
        )
    )
    # Sends an approved model version to the sites over the satellite link.
    push = tm.add(tg.Pipeline("Model push to sites", stage=tg.Stage.DEPLOYMENT))
    # Trains models and approves their release to the sites.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# at each site
tm.flow(vis_meter, edge, visibility, protocol="modbus")
tm.flow(camera, edge, camera_frames, protocol="rtsp")
tm.flow(edge, fog_model, visibility, camera_frames)
tm.flow(fog_model, edge, fog_decision)
tm.flow(edge, horn, horn_command, label="relay output")
tm.flow(edge, lantern, light_command, label="dimmer output")

# over the satellite link
tm.flow(edge, dashboard, status_report, protocol="ipsec", label="satellite link")
tm.flow(dashboard, edge, site_override, protocol="ipsec", label="satellite link")
tm.flow(push, edge, fog_model_artifact, protocol="ipsec", label="satellite link")

# in the monitoring centre
tm.flow(dashboard, duty_officer, status_report, protocol="https")
tm.flow(duty_officer, dashboard, site_override, protocol="https")
tm.flow(dashboard, sensor_archive, sensor_log)
tm.flow(sensor_archive, training, sensor_log)
tm.flow(training, registry, fog_model_artifact)
tm.flow(registry, push, fog_model_artifact)
tm.flow(ml_engineer, push, release_approval)

# complaints
tm.flow(mariner, complaint_form, complaint, protocol="https")
tm.flow(complaint_form, complaint_store, complaint)
tm.flow(complaint_store, dashboard, complaint)
tm.flow(dashboard, duty_officer, complaint, protocol="https")
