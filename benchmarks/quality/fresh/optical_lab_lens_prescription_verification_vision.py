"""Optical lab lens prescription verification: the first design, before any security review.

An independent optical lab in the Netherlands makes spectacle lenses for optician
practices, who place jobs (patient prescription, frame, centration) through the lab's
web ordering portal into the lab management system (LMS). At the inspection bench an
automatic lensmeter reads each finished lens and cameras photograph it; a bench
station sends readings and images to a verification service, which applies the ISO
tolerances and asks an in-house vision model whether the lenses match the job.
Matching jobs are released to the courier by the LMS; mismatches are held for a QC
technician, whose dispositions are archived with the images to retrain the model.
Controls: portal sign-in per practice over HTTPS, roles in the LMS, a person on every
held job, and versioned models in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Optical lab lens prescription verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Lensmeter and camera checks of finished lenses against the optician's "
    "prescription; a vision model flags mismatches and the LMS ships or holds each job.",
)

# ---------------------------------------------------------------- data assets
rx_order = tg.Data(
    "Prescription order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient name, sphere, cylinder, axis, add, prism, PD and frame data.",
)
order_status = tg.Data("Job status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
job_spec = tg.Data(
    "Job prescription and tolerances",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Job number, ordered lens values and the tolerance band to check against.",
)
readings = tg.Data(
    "Lensmeter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lens_images = tg.Data("Finished lens images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
verdict = tg.Data(
    "Verification verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Pass or hold, with the mismatch reasons and the model's confidence.",
)
disposition = tg.Data(
    "QC disposition",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The technician's remake, re-edge or release decision on a held job.",
)
training_set = tg.Data(
    "Labelled inspection set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Mismatch model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
shipment = tg.Data(
    "Shipment request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Job number, practice name and delivery address.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff at the optician practices that order lenses from the lab.
    optician = tm.add(tg.Actor("Optician", role="customer practice"))

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # The parcel carrier's label and pickup API; finished jobs go to the practices.
    carrier = tm.add(tg.ExternalService("Courier shipping API"))

with tm.boundary("Lab server room", trust=tg.Trust.INTERNAL):
    # Where opticians enter jobs and follow their status.
    portal = tm.add(
        tg.Endpoint(
            "Optician ordering portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="practice account with e-mail and password"),
                c.EncryptionInTransit(protocol="TLS 1.2"),
            },
        )
    )
    # The system of record for every job: routing, ship or hold, invoicing.
    lms = tm.add(
        tg.Service(
            "Lab management system",
            description="Vendor LMS installed on the lab's own server.",
            controls={c.RBAC()},
        )
    )
    # Orders, prescriptions and job history behind the LMS.
    job_db = tm.add(tg.DataStore("Job database", stores={rx_order, order_status}))
    # Compares each finished job with its prescription and decides pass or hold.
    verifier = tm.add(
        tg.Service(
            "Verification service",
            description="Applies ISO 8980 tolerances to the readings and calls the model.",
            controls={
                c.HumanInTheLoop(
                    approver="QC technician",
                    note="only held jobs are reviewed; passing jobs ship without a person",
                )
            },
        )
    )
    # Looks at readings and images together and flags a lens that does not match the job.
    model = tm.add(
        tg.Model(
            "Lens mismatch model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="CNN over the bench images plus the reading deltas; trained in-house.",
        )
    )
    # Readings, images and technician dispositions, kept for disputes and retraining.
    archive = tm.add(tg.Dataset("Inspection archive", stores={readings, lens_images, training_set}))
    # Quarterly retraining from the labelled inspection set.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Holds the model versions that the verification service loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Production floor", trust=tg.Trust.INTERNAL):
    # Automatic lensmeters on the inspection benches.
    lensmeter = tm.add(
        tg.Device("Automatic lensmeter", description="Reads sphere, cyl, axis, prism.")
    )
    # Two cameras per bench: coating defects, engraving and edge shape.
    cameras = tm.add(tg.Device("Bench inspection camera"))
    # Capture software on each bench: scans the job barcode, gathers readings and images.
    bench = tm.add(tg.Service("Inspection bench station"))
    # Reviews held jobs and records what happens to them.
    qc_tech = tm.add(tg.Actor("QC technician", role="quality control"))

# ---------------------------------------------------------------- flows
tm.flow(optician, portal, rx_order, protocol="https")
tm.flow(portal, optician, order_status, protocol="https")
tm.flow(portal, lms, rx_order)
tm.flow(lms, portal, order_status)
tm.flow(lms, job_db, rx_order, order_status)
tm.flow(job_db, lms, rx_order, order_status)

tm.flow(lensmeter, bench, readings, protocol="rs-232")
tm.flow(cameras, bench, lens_images, protocol="gige vision")
tm.flow(bench, verifier, readings, lens_images, protocol="http")
tm.flow(lms, verifier, job_spec, protocol="http", label="job lookup by barcode")
tm.flow(verifier, model, readings, lens_images, job_spec)
tm.flow(model, verifier, verdict)
tm.flow(verifier, lms, verdict, protocol="http", label="ship or hold")
tm.flow(verifier, bench, verdict, protocol="http", label="bench light and screen")
tm.flow(verifier, archive, readings, lens_images)

tm.flow(lms, qc_tech, job_spec, verdict, label="held jobs queue")
tm.flow(qc_tech, lms, disposition)
tm.flow(lms, archive, disposition, label="nightly export")
tm.flow(archive, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load on restart")

tm.flow(lms, carrier, shipment, protocol="https")
tm.flow(carrier, lms, shipment, protocol="https", label="label and tracking number")
