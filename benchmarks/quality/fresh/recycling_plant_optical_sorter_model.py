"""Recycling plant optical sorter: the first design, before any security review.

Each sorting line has an optical sorter: a hyperspectral camera over the conveyor
streams frames to the sorter controller, an industrial PC that runs the vendor's
polymer identification model and times the air-jet valves that blow PET, HDPE,
PP and other items into their streams. The line PLC sends belt speed and runs
the conveyor, with hard-wired emergency stops. Operators pick the sort recipe on
the sorter's HMI panel. The controller writes purity and throughput statistics
to the plant historian over OPC UA, and plant staff see them on a web dashboard
(domain login). The vendor updates the model and the controller software
remotely: its cloud service and service engineers reach the controller through
the plant's remote access gateway (VPN with client certificate), and the
controller uploads telemetry and sample spectra to the vendor for retraining.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recycling plant optical sorter",
    profile=tg.RiskProfile.LOW,
    description="Hyperspectral plastic identification and air-jet ejection on the sorting lines.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data("Hyperspectral frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
polymer_map = tg.Data(
    "Polymer classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Polymer type and position of each item on the belt.",
)
eject = tg.Data(
    "Eject commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
belt_speed = tg.Data("Belt speed", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sorter_status = tg.Data("Sorter status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
recipe = tg.Data(
    "Sort recipe",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which polymers go to which output stream, and ejection sensitivity.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stats = tg.Data("Purity statistics", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
update = tg.Data(
    "Model and software update",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Vendor package with new model weights and controller software.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
telemetry = tg.Data("Sorter telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
samples = tg.Data(
    "Sample spectra",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spectra of uncertain or misclassified items, for the vendor's retraining.",
)
maintenance = tg.Data(
    "Remote maintenance session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Sorter vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud: model releases, fleet telemetry, sample collection.
    vendor_cloud = tm.add(tg.ExternalService("Vendor sorter cloud"))
    # Vendor staff who troubleshoot and update sorters remotely.
    vendor_engineer = tm.add(
        tg.Actor("Vendor service engineer", role="service engineer", privileged=True)
    )

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # The only way in from outside to the sorting lines.
    gateway = tm.add(
        tg.Service(
            "Remote access gateway",
            controls={c.Authentication(method="IPsec VPN with per-vendor client certificate")},
        )
    )

with tm.boundary("Plant office network", trust=tg.Trust.INTERNAL):
    # Time-series store for production statistics from all lines.
    historian = tm.add(tg.DataStore("Plant historian", stores={stats}))
    # Web app showing stream purity and throughput per line and shift.
    dashboard = tm.add(
        tg.Service(
            "Purity dashboard",
            controls={
                c.Authentication(method="Windows domain login"),
                c.RBAC(note="read-only for shift staff"),
            },
        )
    )
    # Shift supervisors and plant management.
    staff = tm.add(tg.Actor("Plant staff", role="plant manager"))

with tm.boundary("Sorting line OT cell", trust=tg.Trust.RESTRICTED):
    # Sees each item on the belt in the near-infrared range.
    camera = tm.add(tg.Device("Hyperspectral camera"))
    # Industrial PC in the sorter: inference, ejection timing, update agent.
    controller = tm.add(
        tg.Service(
            "Sorter controller",
            description="Vendor-supplied industrial PC running the sorting software.",
        )
    )
    # Vendor-trained polymer classifier running on the controller.
    model = tm.add(
        tg.Model(
            "Polymer identification model",
            task=tg.Task.CLASSIFIER,
            description="Classifies each item's spectrum into a polymer type; trained by the vendor.",
            controls={c.ModelVersioning(note="previous model kept on the controller for rollback")},
        )
    )
    # Bank of fast solenoid valves that blow items off the belt.
    valves = tm.add(tg.Device("Air-jet ejector valves"))
    # Runs the conveyor and tells the sorter the belt speed.
    plc = tm.add(
        tg.Service(
            "Line PLC",
            controls={c.SafetyLimits(limits="hard-wired emergency stops and guard interlocks")},
        )
    )
    # Touch panel on the sorter for recipes and live status.
    hmi = tm.add(tg.Device("Sorter HMI panel", fleet=False))
    # Runs the line during a shift.
    operator = tm.add(tg.Actor("Line operator", role="operator"))

# ---------------------------------------------------------------- flows
# Sensing, inference and ejection
tm.flow(camera, controller, frames, protocol="gige-vision")
tm.flow(controller, model, frames)
tm.flow(model, controller, polymer_map)
tm.flow(controller, valves, eject, label="digital I/O")
tm.flow(plc, controller, belt_speed, protocol="modbus")
tm.flow(controller, plc, sorter_status, protocol="modbus")

# Operation
tm.flow(operator, hmi, recipe)
tm.flow(hmi, controller, recipe)
tm.flow(controller, hmi, sorter_status, stats)

# Statistics
tm.flow(controller, historian, stats, protocol="opc-ua")
tm.flow(historian, dashboard, stats)
tm.flow(dashboard, staff, stats, protocol="https")

# Vendor updates and telemetry
tm.flow(vendor_cloud, gateway, update, protocol="https")
tm.flow(gateway, controller, update, protocol="https")
tm.flow(controller, gateway, telemetry, samples, protocol="https")
tm.flow(gateway, vendor_cloud, telemetry, samples, protocol="https")
tm.flow(vendor_engineer, gateway, maintenance, protocol="ipsec")
tm.flow(gateway, controller, maintenance, protocol="rdp")
tm.flow(controller, gateway, maintenance, protocol="rdp", label="remote desktop screen")
tm.flow(gateway, vendor_engineer, maintenance, protocol="ipsec", label="remote desktop screen")
