"""Blade edge vision at the grinding benches: the first design, before any security review.

A knife maker's workshop has four grinding benches. Over each bench a USB camera
photographs the blade edge after each pass; a fanless edge box at the bench runs a
small vision model that measures the bevel angle at five points along the edge and
flags faults (burrs, rolled edges, heat discolouration). The grinder sees the angle
and any fault on a wall-mounted bench tablet and taps to acknowledge it. Full-size
images go to the office NAS; measurements, flags and a sample of images go to a
cloud-hosted quality dashboard that the owner checks from a phone, and where the
owner labels sampled images. A freelance ML contractor retrains the model from the
labelled images on their own GPU machine and uploads a new ONNX file to a cloud
bucket, which the edge boxes pull at start-up. Controls in this design: the dashboard
has e-mail and password sign-in, the bucket takes an access key, traffic to the
cloud is HTTPS, model files are versioned and the NAS is backed up nightly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blade edge vision at the grinding benches",
    profile=tg.RiskProfile.LOW,
    description="Bench cameras and an edge vision model measure knife bevel angles and flag "
    "grinding faults; results feed a quality dashboard for the workshop owner.",
)

# ---------------------------------------------------------------- data assets
edge_images = tg.Data(
    "Blade edge images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Close-ups of the edge in the clamp; a grinder's gloved hand is sometimes in frame.",
)
measurements = tg.Data(
    "Bevel angle measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Angle at five points per blade, tagged with bench and batch number.",
)
fault_flags = tg.Data(
    "Edge fault flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Burr, rolled edge or heat discolouration, with the model's confidence.",
)
acknowledgement = tg.Data(
    "Fault acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
quality_charts = tg.Data("Quality charts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Edge fault labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled edge images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
run_settings = tg.Data("Training run settings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Bevel model file",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Workshop LAN", trust=tg.Trust.INTERNAL):
    # The person at the bench who grinds the bevel and acts on the flags.
    grinder = tm.add(tg.Actor("Grinder", role="bladesmith"))
    # One USB camera per bench, fixed over the blade clamp.
    camera = tm.add(tg.Device("Bench camera", fleet=True))
    # Wall-mounted tablet per bench showing a local web page served by the edge box.
    tablet = tm.add(tg.Device("Bench tablet", fleet=True))
    # Fanless mini PC per bench: captures frames, runs the model, serves the tablet page.
    edge_box = tm.add(
        tg.Service(
            "Bench edge box",
            description="Captures a frame after each pass, runs the model locally, uploads results.",
        )
    )
    # The vision model itself, loaded by the edge box from the ONNX file.
    model = tm.add(
        tg.Model(
            "Bevel angle model",
            task=tg.Task.REGRESSOR,
            description="Small CNN fine-tuned by the contractor from an open-weights backbone; "
            "regresses bevel angle and flags burrs, rolled edges and heat discolouration.",
        )
    )
    # Office NAS keeping full-size images for warranty queries and retraining.
    nas = tm.add(
        tg.DataStore(
            "Office NAS image archive",
            stores={edge_images},
            controls={c.DataVersioning(note="nightly backup to a USB drive kept in the office")},
        )
    )

with tm.boundary("Dashboard cloud account", trust=tg.Trust.INTERNAL):
    # Small hosted web app: charts for the owner and a labelling page.
    dashboard = tm.add(
        tg.Service(
            "Quality dashboard",
            description="Shows angle trends and fault rates per bench and batch; owner labels samples.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Managed Postgres holding every measurement and flag.
    measurement_db = tm.add(
        tg.DataStore("Measurement database", stores={measurements, fault_flags})
    )
    # Cloud bucket folder of sampled images with the owner's labels.
    label_set = tm.add(tg.Dataset("Labelled image set", stores={training_images, labels}))
    # Cloud bucket folder the contractor uploads model files to; edge boxes pull from it.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model file bucket",
            stores={model_file},
            controls={
                c.Authentication(method="bucket access key shared with the contractor"),
                c.ModelVersioning(note="edge boxes load a named version; the previous one is kept"),
            },
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The workshop owner, who checks quality and labels images from a phone.
    owner = tm.add(tg.Actor("Workshop owner", role="owner", privileged=True))

with tm.boundary("ML contractor", trust=tg.Trust.PARTNER):
    # Freelancer who built the model and retrains it a few times a year.
    contractor = tm.add(tg.Actor("ML contractor", role="contractor", privileged=True))
    # Training script on the contractor's own GPU workstation.
    retraining = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(camera, edge_box, edge_images, protocol="usb")
tm.flow(edge_box, model, edge_images, protocol="local")
tm.flow(model, edge_box, measurements, fault_flags, protocol="local")
tm.flow(edge_box, tablet, measurements, fault_flags, protocol="http", label="bench page over Wi-Fi")
tm.flow(tablet, grinder, measurements, fault_flags, label="on the touchscreen")
tm.flow(grinder, tablet, acknowledgement, label="taps on the touchscreen")
tm.flow(tablet, edge_box, acknowledgement, protocol="http")
tm.flow(edge_box, nas, edge_images, protocol="smb")

tm.flow(edge_box, dashboard, measurements, fault_flags, acknowledgement, protocol="https")
tm.flow(edge_box, dashboard, edge_images, protocol="https", label="sampled images")
tm.flow(dashboard, measurement_db, measurements, fault_flags)
tm.flow(measurement_db, dashboard, measurements, fault_flags, label="history queries")
tm.flow(dashboard, owner, quality_charts, edge_images, protocol="https")
tm.flow(owner, dashboard, labels, protocol="https", label="labels sampled images")
tm.flow(dashboard, label_set, training_images, labels)

tm.flow(contractor, retraining, run_settings)
tm.flow(label_set, retraining, training_images, labels, protocol="https")
tm.flow(retraining, model_store, model_file, protocol="https")
tm.flow(model_store, edge_box, model_file, protocol="https", label="pulled at start-up")
