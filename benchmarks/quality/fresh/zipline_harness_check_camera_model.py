"""Zipline harness check camera: the first design, before any security review.

An adventure park in the EU photographs every rider as they step onto a zipline
launch platform. A camera unit bought from a vendor runs a vision model on the
device that checks the harness straps, carabiners and helmet are fastened, and
drives a green or red light that the platform instructor sees; the instructor
still does a hands-on check of every rider before launch. Each photo and its
result go over the park Wi-Fi to an on-site image store, kept for 30 days so the
safety manager can investigate incidents, with access limited to the safety team.
The vendor manages the camera units remotely: it pushes model updates to them
over the park Wi-Fi (HTTPS), and the units upload every red-light photo to the
vendor, where it is labelled and used to retrain the model. The vendor says
each release is evaluated before it ships.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zipline harness check camera",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-device vision check of rider harnesses at zipline launch platforms.",
)

# ---------------------------------------------------------------- data assets
rider_photo = tg.Data(
    "Rider harness photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Full-body photo of the rider on the platform, face visible; riders include children.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
check_result = tg.Data(
    "Harness check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Green (fastened) or red (not fastened), with the model's confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
light_signal = tg.Data(
    "Green or red light",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
incident_query = tg.Data(
    "Incident image search", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
red_photos = tg.Data(
    "Red-light rider photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Every photo the model marked red, uploaded for retraining.",
)
harness_labels = tg.Data(
    "Harness fastening labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Harness model update",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="unknown",
    description="The vendor's packaged model for the camera unit.",
)
checkin = tg.Data("Camera update check-in", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Park grounds", trust=tg.Trust.UNTRUSTED):
    # The visitor being checked; anyone who buys a ticket stands in front of the camera.
    rider = tm.add(tg.Actor("Rider", role="park visitor"))

with tm.boundary("Launch platform", trust=tg.Trust.INTERNAL):
    # Park staff at the platform who read the light and do the hands-on check.
    instructor = tm.add(tg.Actor("Platform instructor", role="park staff"))
    # The light on the platform that shows the instructor the model's verdict.
    signal_light = tm.add(
        tg.Device(
            "Platform signal light",
            fleet=True,
            description="Green/red lamp wired to the camera unit, one per platform.",
        )
    )

    with tm.boundary("Vendor camera unit", trust=tg.Trust.PARTNER):
        # The vendor's camera unit on each launch platform, on the park Wi-Fi.
        camera = tm.add(
            tg.Device(
                "Harness check camera",
                fleet=True,
                description="Vendor-managed camera and compute unit, one per launch platform.",
            )
        )
        # The vision model that decides green or red; runs on the camera unit itself.
        classifier = tm.add(
            tg.Model(
                "Harness fastening classifier",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                returns_scores=True,
                description="Vendor-trained weights run locally; checks straps, carabiners and helmet.",
                controls={
                    c.HumanInTheLoop(
                        approver="platform instructor",
                        note="the instructor checks every rider by hand before launch, whatever the light",
                    )
                },
            )
        )

with tm.boundary("Park office network", trust=tg.Trust.INTERNAL):
    # Keeps photos and results for 30 days for incident investigation.
    image_store = tm.add(
        tg.DataStore(
            "Incident image store",
            stores={rider_photo, check_result},
            description="On-site server in the park office.",
            controls={
                c.RetentionLimits(days=30, note="photos deleted after 30 days"),
                c.RBAC(note="only the safety team's accounts can open photos"),
            },
        )
    )
    # Looks up the photos of a ride when an incident is reported.
    safety_manager = tm.add(tg.Actor("Park safety manager", role="safety manager"))

with tm.boundary("Vendor cloud", trust=tg.Trust.PARTNER):
    # Where red-light photos are labelled by the vendor's staff.
    labelling = tm.add(tg.Pipeline("Vendor image labelling", stage=tg.Stage.LABELING))
    # The vendor's annotators who mark whether the harness really was unfastened.
    annotator = tm.add(tg.Actor("Vendor annotator", role="annotator"))
    # Accumulates labelled photos from all the vendor's customer sites.
    training_set = tm.add(
        tg.Dataset("Vendor harness training set", stores={red_photos, harness_labels})
    )
    # Retrains the harness model on the accumulated photos.
    retraining = tm.add(tg.Pipeline("Vendor retraining", stage=tg.Stage.TRAINING))
    # Holds the released model versions.
    registry = tm.add(tg.ModelRegistry("Vendor model registry", stores={weights}))
    # Pushes new model versions to the camera units in the field.
    ota = tm.add(
        tg.Pipeline(
            "Vendor over-the-air update service",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.ModelValidation(note="the vendor evaluates each release before it ships")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(rider, camera, rider_photo, label="photographed in person at the platform")
tm.flow(camera, classifier, rider_photo, protocol="local")
tm.flow(classifier, camera, check_result, protocol="local")
tm.flow(camera, signal_light, light_signal, label="wired signal cable")
tm.flow(signal_light, instructor, light_signal, label="light on the panel")

tm.flow(camera, image_store, rider_photo, check_result, protocol="https", label="over park Wi-Fi")
tm.flow(safety_manager, image_store, incident_query, protocol="https")
tm.flow(image_store, safety_manager, rider_photo, check_result, protocol="https")

tm.flow(camera, labelling, red_photos, protocol="https", label="red-light upload over park Wi-Fi")
tm.flow(labelling, annotator, red_photos, protocol="https")
tm.flow(annotator, labelling, harness_labels, protocol="https")
tm.flow(labelling, training_set, red_photos, harness_labels)
tm.flow(training_set, retraining, red_photos, harness_labels)
tm.flow(retraining, registry, weights)
tm.flow(registry, ota, weights)
tm.flow(camera, ota, checkin, protocol="https", label="update check over park Wi-Fi")
tm.flow(ota, camera, weights, protocol="https", label="model update over park Wi-Fi")
tm.flow(camera, classifier, weights, protocol="local", label="installs update")
