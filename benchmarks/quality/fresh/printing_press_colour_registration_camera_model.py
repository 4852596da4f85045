"""Press colour registration camera: the first design, before any security review.

The magazine printer fits an inline camera over the web of its heatset web offset
press. An edge PC beside the press runs an in-house vision model on each frame that
measures the colour-to-colour registration of the marks and the ink density of the
colour bar. A closed-loop control station compares the measurements with the job's
colour targets and ink presets (CIP3 files from the prepress workflow, read from a
file share on the plant IT network) and sends ink key and register corrections to
the press PLC, which drives the ink key motors and register motors. The press
operator watches the readings on the control station and can switch to manual.
Frames and measurements are archived; a colour technician labels frames, and the
model is retrained on the plant IT servers and deployed to the edge PC from a model
registry. The press manufacturer supports the PLC remotely through a VPN gateway.
Controls in this design: the PLC's travel and range limits, a vendor VPN login,
model versioning and a validation run before each release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Press colour registration camera model",
    profile=tg.RiskProfile.LOW,
    description="Inline camera model that closes the loop on ink density and register.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data("Web camera frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
measurements = tg.Data(
    "Registration and density measurements",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
targets = tg.Data(
    "Job colour targets and ink presets",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="CIP3 PPF ink zone coverage and target densities for the customer's job.",
)
setpoints = tg.Data(
    "Ink key and register setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
motor_commands = tg.Data("Motor position commands", kind="records", sensitivity="internal")
positions = tg.Data("Actuator position readings", kind="records", sensitivity="internal")
operator_input = tg.Data(
    "Operator mode and tolerance settings", kind="records", sensitivity="internal"
)
readings_display = tg.Data(
    "Live register and density display", kind="records", sensitivity="internal"
)
labels = tg.Data(
    "Registration frame labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
artifact = tg.Data("Registration model artifact", sensitivity="confidential", format="onnx")
remote_session = tg.Data("Remote maintenance session", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Press manufacturer", trust=tg.Trust.PARTNER):
    # The press vendor's service desk, which diagnoses and updates the PLC remotely.
    vendor_support = tm.add(tg.ExternalService("Press vendor remote support"))

with tm.boundary("Press floor OT network", trust=tg.Trust.INTERNAL):
    # Line-scan camera traversing the web after the last printing unit.
    camera = tm.add(tg.Device("Inline web camera", fleet=False))
    # The vision model on the edge PC: finds the marks and the colour bar in each frame.
    vision_model = tm.add(
        tg.Model(
            "Registration and density model",
            task="regressor",
            origin="in-house",
            description="CNN on the edge PC; outputs register offsets per unit and density per ink zone.",
        )
    )
    # Closed-loop controller with the operator's screen: turns errors into corrections.
    control_station = tm.add(
        tg.Service(
            "Closed-loop control station",
            description="Compares measurements with the job targets and sends corrections to the PLC.",
        )
    )
    # Vendor's remote-access router into the press network.
    vpn_gateway = tm.add(
        tg.Service(
            "Remote access VPN gateway",
            controls={c.Authentication(method="vendor VPN account with password")},
        )
    )
    # The press operator at the console.
    operator = tm.add(tg.Actor("Press operator", role="press operator"))

    with tm.boundary("Press control cell", trust=tg.Trust.RESTRICTED):
        # The press PLC that owns the ink keys and register drives.
        plc = tm.add(
            tg.Service(
                "Press PLC",
                controls={
                    c.SafetyLimits(
                        limits="PLC clamps ink keys to 0-100% opening and register motors "
                        "to 2 mm travel per correction"
                    )
                },
            )
        )
        # Motorised ink keys across each inking unit.
        ink_keys = tm.add(tg.Device("Ink key motors", fleet=False))
        # Circumferential and lateral register motors on each printing unit.
        register_motors = tm.add(tg.Device("Register motors", fleet=False))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # Prepress workflow server that writes the job's CIP3 files to a share.
    prepress = tm.add(tg.DataSource("Prepress workflow", origin="internal", provides={targets}))
    # Archive of frames and measurements for quality records and training.
    archive = tm.add(tg.DataStore("Frame and measurement archive", stores={frames, measurements}))
    # Colour technician who marks the true register and density on sampled frames.
    technician = tm.add(tg.Actor("Colour technician", role="quality technician"))
    # Labelled frames the model is trained on.
    training_set = tm.add(tg.Dataset("Labelled frame set", stores={frames, labels}))
    # Retraining job on the plant GPU server, validated on held-out press runs.
    training = tm.add(
        tg.Pipeline(
            "Model retraining",
            stage="training",
            controls={c.ModelValidation(note="accuracy on held-out runs checked before release")},
        )
    )
    # Versioned models that the edge PC pulls on release.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# measurement loop
tm.flow(camera, vision_model, frames, protocol="gige-vision")
tm.flow(vision_model, control_station, measurements)
tm.flow(prepress, control_station, targets, protocol="smb", label="job CIP3 files")
tm.flow(control_station, plc, setpoints, protocol="opc-ua")
tm.flow(plc, control_station, positions, protocol="opc-ua")
tm.flow(plc, ink_keys, motor_commands, protocol="profinet")
tm.flow(plc, register_motors, motor_commands, protocol="profinet")
tm.flow(ink_keys, plc, positions, protocol="profinet")
tm.flow(register_motors, plc, positions, protocol="profinet")

# operator
tm.flow(operator, control_station, operator_input, label="on the panel")
tm.flow(control_station, operator, readings_display, label="on the panel")

# archive and retraining
tm.flow(vision_model, archive, frames, protocol="smb", label="sampled frames")
tm.flow(control_station, archive, measurements, protocol="smb")
tm.flow(archive, training_set, frames, label="weekly sample export")
tm.flow(technician, training_set, labels, protocol="https")
tm.flow(training_set, training, frames, labels)
tm.flow(training, registry, artifact)
tm.flow(registry, vision_model, artifact, protocol="https", label="release to edge PC")

# vendor remote support
tm.flow(vendor_support, vpn_gateway, remote_session, protocol="ipsec")
tm.flow(vpn_gateway, plc, remote_session, protocol="s7comm")
