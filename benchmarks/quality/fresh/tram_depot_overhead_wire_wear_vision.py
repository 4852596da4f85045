"""Tram overhead-wire wear vision: the first design, before any security review.

The city tram operator fits roof cameras and lasers to two service trams. They
record the contact wire along every route section during the day's runs and,
when the trams park at the depot at night, upload the images and laser profiles
to a capture store on the depot server. A nightly job then runs a vision model,
bought from a rail-tech vendor and fine-tuned by the operator's small data team
on its own labelled images, to measure wire thickness and stagger per section and
flag sections close to the wear limit. Flagged sections become work orders in the
existing maintenance system. Overhead-line engineers review them on a web
dashboard (corporate single sign-on) and mark false alarms, which are added to
the labelled set for the next fine-tune. Fine-tuned models are evaluated on
held-out sections and versioned in a registry. Once a month an export job sends
model-performance telemetry to the vendor over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tram overhead-wire wear vision",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Nightly measurement of contact-wire wear from service-tram roof cameras and "
        "lasers; flagged sections become maintenance work orders."
    ),
)

# ---------------------------------------------------------------- data assets
wire_images = tg.Data(
    "Contact-wire images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Roof-camera frames of the contact wire, tagged with position along the route.",
)
laser_profiles = tg.Data(
    "Laser wire profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Laser height and stagger readings with odometer and GPS position.",
)
measurements = tg.Data(
    "Wire thickness and stagger measurements",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
flagged_sections = tg.Data(
    "Flagged route sections",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Sections whose measured wear is near the limit, with the evidence frames.",
)
work_orders = tg.Data(
    "Overhead-line work orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
false_alarms = tg.Data(
    "False-alarm marks",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
labelled_images = tg.Data(
    "Labelled wire images",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
vendor_weights = tg.Data(
    "Vendor base model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="The vendor's wire-measurement network, delivered as a PyTorch checkpoint.",
)
model_weights = tg.Data(
    "Fine-tuned wear model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
)
telemetry = tg.Data(
    "Model-performance telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Monthly per-section confidence statistics and false-alarm rates.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Service trams", trust=tg.Trust.INTERNAL):
    # Roof cameras, lasers and an on-board recorder on the two service trams.
    rig = tm.add(
        tg.Device(
            "Roof camera and laser rig",
            fleet=True,
            description="Fitted to two service trams; uploads over the depot Wi-Fi when parked.",
        )
    )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Where each night's recordings land before they are measured.
    capture_store = tm.add(tg.DataStore("Raw capture store", stores={wire_images, laser_profiles}))
    # Runs the model over the night's captures, maps results to sections, applies wear limits.
    nightly_job = tm.add(
        tg.Service(
            "Nightly wear measurement job",
            description="Batch job on the depot GPU server; flags sections near the wear limit.",
        )
    )
    # The vendor's vision model, fine-tuned by the data team, measuring the wire.
    wear_model = tm.add(
        tg.Model(
            "Wire wear vision model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description=(
                "Vendor-supplied weights fine-tuned in house; measures contact-wire "
                "thickness and stagger from images and laser profiles."
            ),
        )
    )
    # History of measurements per section, read by the dashboard.
    measurement_store = tm.add(
        tg.DataStore("Measurement store", stores={measurements, flagged_sections})
    )
    # The data team's labelled images plus engineers' false-alarm marks.
    label_set = tm.add(
        tg.Dataset(
            "Labelled wire image set",
            purpose="fine-tuning",
            stores={labelled_images, false_alarms},
        )
    )
    # Fine-tunes the vendor base model on the operator's own labelled images.
    fine_tune = tm.add(
        tg.Pipeline(
            "Fine-tuning pipeline",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="accuracy checked on held-out sections before release")
            },
        )
    )
    # Keeps each fine-tuned model version that the nightly job loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_weights, vendor_weights},
            controls={c.ModelVersioning()},
        )
    )
    # Sends the vendor its monthly performance figures.
    telemetry_job = tm.add(tg.Service("Monthly telemetry export job"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The operator's existing maintenance management system.
    maintenance = tm.add(
        tg.Service(
            "Maintenance management system",
            controls={
                c.Authentication(method="corporate SSO"),
                c.AuditLogging(note="work-order history kept by the system"),
            },
        )
    )
    # Web dashboard where engineers review flagged sections and mark false alarms.
    dashboard = tm.add(
        tg.Service(
            "Wire wear dashboard",
            controls={c.Authentication(method="corporate SSO")},
        )
    )
    # Reviews flagged sections and plans repairs.
    engineer = tm.add(tg.Actor("Overhead-line engineer", role="engineer"))
    # Labels images, runs fine-tunes and releases models.
    data_scientist = tm.add(tg.Actor("Data team member", role="data scientist", privileged=True))

with tm.boundary("Rail-tech vendor", trust=tg.Trust.PARTNER):
    # Where the vendor publishes the base model and its updates.
    vendor_portal = tm.add(
        tg.ExternalService(
            "Vendor model portal",
            provides=tg.ExternalCategory.MODEL_HUB,
            controls={c.SupplierAssessment(note="procurement tender review")},
        )
    )
    # Receives monthly model-performance telemetry.
    vendor_telemetry = tm.add(tg.ExternalService("Vendor telemetry service"))

# ---------------------------------------------------------------- flows
# capture and nightly measurement
tm.flow(
    rig, capture_store, wire_images, laser_profiles, protocol="sftp", label="depot Wi-Fi upload"
)
tm.flow(capture_store, nightly_job, wire_images, laser_profiles)
tm.flow(nightly_job, wear_model, wire_images, laser_profiles)
tm.flow(wear_model, nightly_job, measurements)
tm.flow(nightly_job, measurement_store, measurements, flagged_sections)
tm.flow(nightly_job, maintenance, flagged_sections, protocol="https", label="creates work orders")

# engineer review
tm.flow(maintenance, dashboard, work_orders, protocol="https")
tm.flow(measurement_store, dashboard, measurements, flagged_sections)
tm.flow(capture_store, dashboard, wire_images, label="evidence frames")
tm.flow(dashboard, engineer, flagged_sections, work_orders, wire_images, protocol="https")
tm.flow(engineer, dashboard, false_alarms, protocol="https")
tm.flow(dashboard, maintenance, false_alarms, protocol="https", label="closes false-alarm orders")
tm.flow(dashboard, label_set, false_alarms, label="feedback for next fine-tune")

# labelling and fine-tuning
tm.flow(capture_store, label_set, wire_images, label="frames picked for labelling")
tm.flow(data_scientist, label_set, labelled_images, label="labels")
tm.flow(vendor_portal, registry, vendor_weights, protocol="https", label="base model download")
tm.flow(registry, fine_tune, vendor_weights)
tm.flow(label_set, fine_tune, labelled_images, false_alarms)
tm.flow(fine_tune, registry, model_weights)
tm.flow(registry, wear_model, model_weights, label="load released version")

# vendor telemetry
tm.flow(measurement_store, telemetry_job, measurements)
tm.flow(label_set, telemetry_job, false_alarms)
tm.flow(telemetry_job, vendor_telemetry, telemetry, protocol="https")
