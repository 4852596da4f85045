"""Supermarket self-checkout item recognition: the first design, before any security review.

Each self-checkout lane has a camera mounted over the produce scale. When a shopper
weighs loose produce, the lane terminal runs a vendor-supplied recognition model on the
camera frames, suggests the likely items on screen, and sends every basket event (what
was scanned or keyed, the weight, what the camera saw) to the store's checkout server.
The server compares them against the product catalogue and, on a mismatch, holds the
lane and pushes an alert to the attendants' handhelds; an attendant checks the lane
and clears or corrects it. Attendants sign in to the handheld with staff ID and PIN,
and resolutions are logged. Frames of weighed items are kept with the item finally
paid for and uploaded nightly to the vendor, which retrains and publishes a model
package each month; an update agent in the store downloads it over HTTPS and rolls it
out to the lanes, keeping the previous version for rollback.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Supermarket self-checkout item recognition",
    profile=tg.RiskProfile.LOW,
    description="Camera-based produce recognition and mismatch alerts at self-checkout lanes.",
)

# ---------------------------------------------------------------- data assets
selection = tg.Data(
    "Shopper item selection",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Barcode scans and produce picked on the touchscreen.",
)
frames = tg.Data(
    "Scale camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Images of the scale plate; shoppers' hands and sleeves are often in view.",
)
recognition = tg.Data(
    "Recognised produce", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
suggestions = tg.Data(
    "On-screen item suggestions", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC
)
basket_events = tg.Data(
    "Basket events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Item scanned or keyed, measured weight and recognised item, per lane.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lane_commands = tg.Data(
    "Lane hold and release", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
catalogue = tg.Data(
    "Product and price catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PLUs, prices and expected weight ranges.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Mismatch alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lane, basket line, weight and a thumbnail of the frame.",
)
resolution = tg.Data(
    "Alert resolution",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
samples = tg.Data(
    "Labelled image samples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Frames paired with the item the shopper finally paid for.",
)
model_package = tg.Data(
    "Recognition model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Store floor", trust=tg.Trust.UNTRUSTED):
    # Anyone in the shop can use a self-checkout lane.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # The overhead camera on each lane, looking down at the scale.
    camera = tm.add(tg.Device("Scale camera", fleet=True))
    # The lane PC: touchscreen, barcode scanner and scale; runs the model locally.
    terminal = tm.add(
        tg.Service(
            "Self-checkout terminal",
            description="Lane PC with scanner, scale and touchscreen.",
        )
    )
    # The vendor's produce classifier, running on each lane terminal.
    recognizer = tm.add(
        tg.Model(
            "Produce recognition model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Vendor-trained weights shipped to us and run on the lane; ~400 produce classes.",
        )
    )
    # Compares scan, weight and recognition; holds the lane and raises alerts.
    checkout_server = tm.add(
        tg.Service(
            "Store checkout server",
            description="Basket state, mismatch rules, lane holds and the alert queue.",
            controls={
                c.HumanInTheLoop(
                    approver="store attendant",
                    note="a mismatch only holds the lane until an attendant clears it",
                ),
                c.RBAC(note="attendants clear alerts; only supervisors void lines"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Local copy of the catalogue, refreshed nightly from head office.
    catalogue_db = tm.add(tg.DataStore("Store catalogue database", stores={catalogue}))
    # History of alerts and how they were resolved, for shrink reporting.
    alert_log = tm.add(tg.DataStore("Alert log", stores={alert, resolution}))
    # Frames kept for the vendor's retraining until the nightly upload.
    sample_store = tm.add(tg.DataStore("Image sample store", stores={samples}))
    # Pulls the monthly model package and installs it on every lane.
    update_agent = tm.add(
        tg.Pipeline(
            "Model update agent",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.ModelVersioning(note="previous package kept on each lane for rollback")},
        )
    )
    # Handheld the attendants carry; receives alerts over store Wi-Fi.
    handheld = tm.add(
        tg.Device(
            "Attendant handheld",
            fleet=True,
            controls={c.Authentication(method="staff ID and PIN")},
        )
    )
    # Store staff who watch the lanes and resolve alerts.
    attendant = tm.add(tg.Actor("Checkout attendant", role="store staff"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # The chain's product master: source of PLUs, prices and weight ranges.
    product_master = tm.add(
        tg.DataSource("Central product master", origin=tg.Origin.INTERNAL, provides={catalogue})
    )

with tm.boundary("Recognition vendor", trust=tg.Trust.PARTNER):
    # The vendor retrains the model on image samples from all its customers' stores.
    vendor_training = tm.add(tg.Pipeline("Vendor retraining", stage=tg.Stage.TRAINING))
    # Where the vendor publishes the monthly model packages.
    vendor_updates = tm.add(
        tg.ExternalService(
            "Vendor update server",
            provides=tg.ExternalCategory.MODEL_HUB,
            controls={
                c.SupplierAssessment(note="procurement security questionnaire at contract signing")
            },
        )
    )

# ---------------------------------------------------------------- flows
# at the lane
tm.flow(shopper, terminal, selection, label="scan or touchscreen")
tm.flow(camera, terminal, frames, protocol="local", label="USB")
tm.flow(terminal, recognizer, frames, protocol="local")
tm.flow(recognizer, terminal, recognition, protocol="local")
tm.flow(terminal, shopper, suggestions, label="touchscreen")

# lane <-> store server
tm.flow(terminal, checkout_server, basket_events, protocol="https")
tm.flow(checkout_server, terminal, lane_commands, catalogue, protocol="https")
tm.flow(product_master, catalogue_db, catalogue, protocol="https", label="nightly sync")
tm.flow(catalogue_db, checkout_server, catalogue)

# alerts to attendants
tm.flow(checkout_server, handheld, alert, protocol="https")
tm.flow(attendant, handheld, resolution)
tm.flow(handheld, attendant, alert)
tm.flow(handheld, checkout_server, resolution, protocol="https")
tm.flow(checkout_server, alert_log, alert, resolution)

# retraining and monthly model updates
tm.flow(terminal, sample_store, samples, protocol="https")
tm.flow(sample_store, vendor_training, samples, protocol="https", label="nightly upload")
tm.flow(vendor_training, vendor_updates, model_package)
tm.flow(vendor_updates, update_agent, model_package, protocol="https", label="monthly release")
tm.flow(update_agent, recognizer, model_package, protocol="https", label="roll out to lanes")
