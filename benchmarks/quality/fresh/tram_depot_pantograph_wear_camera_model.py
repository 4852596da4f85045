"""Pantograph wear camera at the tram depot: the first design, before any security review.

As each tram enters the main depot it passes under a gantry over the entry
track. A line-scan camera on the gantry photographs the carbon strips of the
pantograph, and an RFID reader on the same gantry reads the tram's fleet-number
tag. An edge unit in the trackside cabinet pairs the images with the fleet
number and uploads them over the operator's WAN (HTTPS, per-unit API key) to a
wear-measurement service in the operator's data centre. There an in-house vision
model measures the remaining carbon thickness; measurements and images go to an
archive, and a strip below the maintenance limit raises a work order in the
operator's enterprise asset management (EAM) system through its REST API.
Rolling-stock engineers review measurements in a dashboard behind corporate SSO
and correct wrong ones; their corrections and the images feed a training set
from which the model is retrained and kept, versioned, in a model registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tram depot pantograph wear camera",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Gantry camera and vision model measuring pantograph carbon-strip wear as trams "
        "enter the depot, raising maintenance work orders in the asset management system."
    ),
)

# ---------------------------------------------------------------- data assets
strip_images = tg.Data(
    "Pantograph strip images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Line-scan images of the carbon strips, taken from above the tram roof.",
)
fleet_number = tg.Data(
    "Tram fleet number",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The tram's identity read from its RFID tag, with the pass timestamp.",
)
wear = tg.Data(
    "Strip wear measurements",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Remaining carbon thickness per strip and position, in millimetres.",
)
work_order = tg.Data(
    "Pantograph work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Maintenance ticket: tram, strip, measured thickness, priority.",
)
open_orders = tg.Data(
    "Open work order status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Whether a pantograph work order is already open for a tram.",
)
closure = tg.Data(
    "Work order closure",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Strip replaced, with the thickness the fitter measured by gauge.",
)
corrections = tg.Data(
    "Measurement corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Engineers' corrected thickness values for images the model got wrong.",
)
checkpoint = tg.Data(
    "Wear model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the segmentation and measurement network.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Depot trackside network", trust=tg.Trust.INTERNAL):
    # Photographs the pantograph from the entry-track gantry; the reason the system exists.
    camera = tm.add(
        tg.Device(
            "Gantry line-scan camera",
            fleet=False,
            description="One gantry at the main depot entry track for the first rollout.",
        )
    )
    # Tells us which tram the images belong to.
    tag_reader = tm.add(
        tg.Device("Gantry RFID tag reader", fleet=False, description="Reads the tram's roof tag.")
    )
    # Pairs images with the fleet number and ships them to the data centre.
    edge_unit = tm.add(
        tg.Service(
            "Trackside edge capture unit",
            description="Industrial PC in the gantry cabinet; buffers captures if the WAN is down.",
        )
    )

with tm.boundary("Operator data centre", trust=tg.Trust.INTERNAL):
    # Receives captures, runs the model, archives results and raises work orders.
    wear_service = tm.add(
        tg.Service(
            "Wear measurement service",
            description="Applies the maintenance limit to the measured thickness.",
            controls={tg.controls.Authentication(method="per-edge-unit API key")},
        )
    )
    # Measures remaining carbon thickness from the strip images.
    wear_model = tm.add(
        tg.Model(
            "Pantograph wear model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="A missed worn strip can damage the overhead line and stop the network.",
        )
    )
    # Keeps every pass: images, fleet number and measurements, for trend review and retraining.
    archive = tm.add(
        tg.DataStore("Capture and measurement archive", stores={strip_images, fleet_number, wear})
    )
    # Where engineers look at wear trends and correct bad measurements.
    dashboard = tm.add(
        tg.Endpoint(
            "Wear review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Archived images with engineers' corrections, used to retrain the model.
        training_set = tm.add(
            tg.Dataset("Strip wear training set", stores={strip_images, corrections})
        )
        # Retrains the model quarterly, or when engineers report drift.
        training = tm.add(tg.Pipeline("Wear model training", stage=tg.Stage.TRAINING))
        # Holds the versioned checkpoints the service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={checkpoint},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # The operator's system of record for maintenance; the tickets land here.
    eam = tm.add(
        tg.Service(
            "Enterprise asset management system",
            description="Holds rolling-stock assets and maintenance work orders.",
            controls={
                tg.controls.Authentication(method="OAuth client credentials for integrations"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Reviews measurements and corrects the model's mistakes.
    engineer = tm.add(tg.Actor("Rolling-stock engineer", role="engineer"))
    # Replaces strips and closes the work orders.
    fitter = tm.add(tg.Actor("Depot fitter", role="maintenance technician"))

# ---------------------------------------------------------------- flows
tm.flow(camera, edge_unit, strip_images, protocol="gige-vision", label="triggered capture")
tm.flow(tag_reader, edge_unit, fleet_number, protocol="tcp")
tm.flow(
    edge_unit,
    wear_service,
    strip_images,
    fleet_number,
    protocol="https",
    controls={tg.controls.EncryptionInTransit(protocol="TLS 1.2")},
    label="upload over operator WAN",
)

tm.flow(wear_service, wear_model, strip_images, protocol="local")
tm.flow(wear_model, wear_service, wear, protocol="local")
tm.flow(wear_service, archive, strip_images, fleet_number, wear)

tm.flow(eam, wear_service, open_orders, protocol="https", label="duplicate check")
tm.flow(wear_service, eam, work_order, protocol="https", label="raise work order below limit")
tm.flow(fitter, eam, closure, protocol="https", label="mobile work order app")
tm.flow(eam, fitter, work_order, protocol="https")

tm.flow(archive, dashboard, strip_images, fleet_number, wear)
tm.flow(dashboard, engineer, strip_images, wear, protocol="https")
tm.flow(engineer, dashboard, corrections, protocol="https")
tm.flow(dashboard, training_set, corrections)

tm.flow(archive, training_set, strip_images, label="monthly export")
tm.flow(training_set, training, strip_images, corrections)
tm.flow(training, registry, checkpoint)
tm.flow(registry, wear_service, checkpoint, label="deploy")
