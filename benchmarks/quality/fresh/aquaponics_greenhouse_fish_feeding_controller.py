"""Aquaponics greenhouse fish-feeding controller: the first design, before any security review.

The greenhouse keeps fish tanks whose water feeds the plant beds. Probes in each tank
(dissolved oxygen, pH, ammonia, temperature) and an underwater IP camera per tank are
wired to the greenhouse control network. A feeding control service on an edge server in
the greenhouse polls the PLC over Modbus, pulls camera frames over RTSP and runs an
equipment vendor's model that estimates fish appetite and oxygen demand; it writes the
feed ration and aeration setpoint for each tank back to the PLC, which drives the
automatic feeders and aeration blowers. The PLC clamps feeder run time per cycle and never
lets aeration drop below a minimum blower speed. Readings and setpoints are kept in a
historian on the edge server. A status summary goes over HTTPS to our cloud backend, which
staff read in a phone app after signing in with e-mail and password. The vendor publishes
new model versions on its update service; the edge server downloads them over HTTPS into a
local model store (which keeps the previous version for rollback) and uploads telemetry
and camera clips back to the vendor for model improvement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aquaponics greenhouse fish-feeding controller",
    profile=tg.RiskProfile.HIGH,
    description="Model-driven feeding and aeration of aquaponics fish tanks through the greenhouse PLC.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Water-quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Dissolved oxygen, pH, ammonia and temperature per tank.",
)
frames = tg.Data(
    "Underwater camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Video of the fish at the surface around feeding times.",
)
setpoints = tg.Data(
    "Feed and aeration setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Feed ration in grams per cycle and blower speed for each tank.",
)
feed_cmd = tg.Data("Feeder run commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
aeration_cmd = tg.Data("Blower speed commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Tank history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Readings, setpoints and feed given over past weeks (stocking and growth data).",
)
status = tg.Data("Tank status summary", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
staff_login = tg.Data(
    "Staff app credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
model_artifact = tg.Data(
    "Feeding model artifact",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
telemetry_upload = tg.Data(
    "Telemetry and clips for the vendor",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Greenhouse staff check tanks from anywhere, on their own phones.
    staff = tm.add(tg.Actor("Greenhouse staff", role="fish husbandry staff"))
    # The vendor's status app installed on staff phones.
    phone_app = tm.add(
        tg.Device(
            "Staff phone app",
            description="Mobile app showing tank status and alerts; view only.",
        )
    )

with tm.boundary("Equipment vendor cloud", trust=tg.Trust.PARTNER):
    # Where the vendor publishes new model versions and collects our telemetry.
    vendor_updates = tm.add(
        tg.ExternalService(
            "Vendor model update service",
            description="The vendor's HTTPS service for model releases and telemetry uploads.",
        )
    )

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Backend that the phone app reads; receives a status summary from the greenhouse.
    backend = tm.add(
        tg.Service(
            "Tank status backend",
            controls={
                c.Authentication(method="e-mail and password"),
                c.EncryptionAtRest(key_management="cloud provider default keys"),
            },
        )
    )

with tm.boundary("Greenhouse site network", trust=tg.Trust.INTERNAL):
    # Edge server process that reads the tanks, runs the model and writes setpoints.
    feeding_service = tm.add(
        tg.Service(
            "Feeding control service",
            description="Runs every feeding cycle on the greenhouse edge server.",
        )
    )
    # The vendor's model: appetite and oxygen demand from frames and water quality.
    feeding_model = tm.add(
        tg.Model(
            "Fish feeding and aeration model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,  # third-party (vendor) weights we run ourselves
            high_stakes=True,
            description="Vendor-trained model; its setpoints drive feeders and blowers that keep the fish alive.",
        )
    )
    # Local copy of the vendor's model versions on the edge server.
    model_store = tm.add(
        tg.ModelRegistry(
            "Edge model store",
            stores={model_artifact},
            controls={c.ModelVersioning(note="previous version kept for rollback")},
        )
    )
    # Time-series history the model uses for trends, and for troubleshooting.
    historian = tm.add(tg.DataStore("Tank historian", stores={history}))

    with tm.boundary("Greenhouse control network", trust=tg.Trust.RESTRICTED):
        # The PLC that reads the probes and drives feeders and blowers.
        plc = tm.add(
            tg.Service(
                "Greenhouse PLC controller",
                controls={
                    c.SafetyLimits(
                        limits="PLC caps feeder run time per cycle and keeps blowers at or above minimum speed"
                    )
                },
            )
        )
        # Water-quality probes in every tank, wired to the PLC.
        sensors = tm.add(tg.Device("Water-quality probes"))
        # One underwater IP camera per tank.
        cameras = tm.add(tg.Device("Underwater tank cameras"))
        # Automatic feeders that drop pellets when the PLC runs them.
        feeders = tm.add(tg.Device("Automatic fish feeders"))
        # Aeration blowers and air pumps that keep dissolved oxygen up.
        blowers = tm.add(tg.Device("Aeration blowers and pumps"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, plc, readings, label="wired probe signals")
tm.flow(plc, feeding_service, readings, protocol="modbus", label="polled each cycle")
tm.flow(cameras, feeding_service, frames, protocol="rtsp")
tm.flow(historian, feeding_service, history, label="recent trends")
tm.flow(feeding_service, feeding_model, readings, frames, history)
tm.flow(feeding_model, feeding_service, setpoints)
tm.flow(feeding_service, plc, setpoints, protocol="modbus", label="write setpoint registers")
tm.flow(feeding_service, historian, readings, setpoints)
tm.flow(plc, feeders, feed_cmd, label="relay outputs")
tm.flow(plc, blowers, aeration_cmd, label="drive speed outputs")

tm.flow(feeding_service, backend, status, protocol="https")
tm.flow(staff, phone_app, staff_login)
tm.flow(phone_app, backend, staff_login, protocol="https", label="sign in")
tm.flow(backend, phone_app, status, protocol="https")
tm.flow(phone_app, staff, status)

tm.flow(
    vendor_updates, model_store, model_artifact, protocol="https", label="model update download"
)
tm.flow(model_store, feeding_model, model_artifact, label="load")
tm.flow(
    feeding_service, vendor_updates, telemetry_upload, protocol="https", label="telemetry upload"
)
