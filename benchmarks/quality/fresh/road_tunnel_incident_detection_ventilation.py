"""Road tunnel incident detection and ventilation: the first design, before any security review.

A European motorway operator runs a twin-bore road tunnel. CCTV cameras along the
bores stream video to an incident detection service in the tunnel control centre,
where a detection model spots stopped vehicles, smoke and fire. Air-quality
sensors (CO, NO2, opacity) are wired to the tunnel PLCs, and the SCADA server
passes their readings to the detection service as a second signal.
When the model raises a smoke or fire alarm, the detection service tells the
SCADA server, which starts the matching ventilation programme through the PLCs
and shows the alarm with a video clip to the control room operators. Operators
close lanes, override the ventilation and call the fire and rescue service from
the control room HMI. The model comes from a video analytics vendor and is loaded
from a local model store once a systems engineer approves it. Controls: operator
logins with roles on the HMI, a SCADA event log, vendor acceptance tests on each
model version, 30-day video retention and HTTPS to the vendor and the fire service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Road tunnel incident detection and ventilation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Detects stopped vehicles, smoke and fire in a road tunnel and starts ventilation.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Tunnel camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live streams showing vehicles, number plates and people on foot.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
air_quality = tg.Data(
    "Air-quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data(
    "Plant status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fan states, lane signal aspects, barrier positions and sensor values.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "Incident detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Event type (stopped vehicle, smoke, fire), location, confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
incident_alarm = tg.Data(
    "Incident alarm",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Alarm with location and type; a smoke or fire alarm selects a ventilation programme.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_commands = tg.Data(
    "Ventilation and lane commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Jet fan programme starts and stops, lane closures, barrier and signal settings.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
operator_actions = tg.Data(
    "Operator actions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Alarm acknowledgements, lane closures and ventilation overrides.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clips = tg.Data(
    "Incident clips and event log",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video around each detection, with the detection record.",
)
fire_alert = tg.Data(
    "Fire service alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Incident type, bore, chainage and lanes closed.",
)
model_weights = tg.Data(
    "Detection model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Tunnel field network", trust=tg.Trust.INTERNAL):
    # Fixed cameras every 60 m in both bores: the main input of the detector.
    cameras = tm.add(tg.Device("Tunnel CCTV cameras", fleet=True))
    # CO, NO2 and opacity sensors, wired to the PLCs with 4-20 mA loops.
    sensors = tm.add(tg.Device("Air-quality sensors", fleet=True))
    # Drive the jet fans, lane control signals and barriers.
    plcs = tm.add(
        tg.Service(
            "Tunnel PLCs",
            description="One PLC per ventilation section, running the fan programmes and lane signals.",
        )
    )

with tm.boundary("Tunnel control centre", trust=tg.Trust.INTERNAL):
    # Supervises the plant and turns alarms into ventilation programmes.
    scada = tm.add(
        tg.Service(
            "Tunnel SCADA server",
            description="Starts the ventilation programme for a smoke or fire alarm without waiting for an operator.",
            controls={c.AuditLogging(retention_days=365, note="SCADA event and command log")},
        )
    )
    # Decodes the camera streams, runs the model and raises alarms.
    detection = tm.add(
        tg.Service(
            "Incident detection service",
            description="Runs the detection model on every camera stream and fuses it with air-quality readings.",
        )
    )
    # The vendor's detector for stopped vehicles, smoke and flames.
    model = tm.add(
        tg.Model(
            "Incident detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Vendor-trained video detector, run on our own GPU server.",
            controls={
                c.ModelValidation(
                    note="vendor acceptance tests on recorded incidents and a staged smoke test"
                )
            },
        )
    )
    # Where approved model versions are kept for the detection service to load.
    model_store = tm.add(
        tg.ModelRegistry(
            "Detection model store",
            stores={model_weights},
            controls={c.ModelVersioning()},
        )
    )
    # Keeps clips of each detection for incident review.
    recordings = tm.add(
        tg.DataStore(
            "Incident recording store",
            stores={clips},
            controls={c.RetentionLimits(days=30), c.RBAC()},
        )
    )
    # The operators' screens: alarms, video walls, plant mimic and manual control.
    hmi = tm.add(
        tg.Service(
            "Control room HMI",
            controls={
                c.Authentication(method="individual operator account with password"),
                c.RBAC(note="operator and supervisor roles"),
            },
        )
    )
    # Watches the tunnel 24/7, confirms alarms, closes lanes, overrides ventilation.
    operator = tm.add(tg.Actor("Control room operator", role="tunnel operator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Looks after the detection system and approves new model versions.
    engineer = tm.add(tg.Actor("Systems engineer", role="ITS engineer", privileged=True))

with tm.boundary("Analytics vendor", trust=tg.Trust.PARTNER):
    # Where the vendor publishes new model versions.
    vendor = tm.add(
        tg.ExternalService("Vendor update portal", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Emergency services", trust=tg.Trust.PARTNER):
    # Regional fire and rescue control, alerted by the operators.
    fire = tm.add(tg.ExternalService("Fire and rescue dispatch"))

# ---------------------------------------------------------------- flows
# Detection inputs
tm.flow(cameras, detection, video, protocol="rtsp", label="live streams")
tm.flow(sensors, plcs, air_quality, label="4-20 mA loops")
tm.flow(plcs, scada, plant_status, air_quality, protocol="modbus")
tm.flow(scada, detection, air_quality, protocol="opc-ua")

# Detection
tm.flow(detection, model, video, air_quality, label="frames and readings")
tm.flow(model, detection, detections)
tm.flow(detection, recordings, clips)

# Automatic response
tm.flow(detection, scada, incident_alarm, protocol="opc-ua")
tm.flow(scada, plcs, plant_commands, protocol="modbus", label="ventilation programme")

# Control room
tm.flow(scada, hmi, plant_status, incident_alarm)
tm.flow(detection, hmi, detections, video, label="alarm with live view")
tm.flow(recordings, hmi, clips, label="incident review")
tm.flow(hmi, operator, detections, plant_status, video)
tm.flow(operator, hmi, operator_actions)
tm.flow(hmi, scada, plant_commands, operator_actions, label="lane closures and overrides")
tm.flow(hmi, fire, fire_alert, protocol="https")
tm.flow(fire, hmi, fire_alert, protocol="https", label="acknowledgement")

# Model updates
tm.flow(vendor, model_store, model_weights, protocol="https")
tm.flow(engineer, model_store, release_approval, label="approves model version")
tm.flow(model_store, detection, model_weights, label="load model")
