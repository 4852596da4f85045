"""Whisky cask tap-test inspection: the first design, before any security review.

Distilleries send used casks back to our cooperage. At an inspection bay, a
cooper scans the cask's barcode and a rig with a pneumatic tapper and contact
microphones taps each stave; the inspection station PC on the workshop floor
turns the recordings into spectrograms and runs an in-house acoustic classifier
that flags leaks and weak staves and recommends repair, rejuvenation
(de-char and re-char) or scrapping. The cooper confirms scrap verdicts on the
station's touchscreen; repair and rejuvenation verdicts go straight to the work
queue in the cask tracking system. Recordings are uploaded nightly to our cloud
account, where the master cooper labels them and a training job retrains the
classifier; the station pulls approved versions from the model registry, and
distilleries see their casks' condition on a customer portal. Controls so far: HTTPS to the cloud, encrypted cloud storage, roles in
the tracking system, versioned models and password sign-in on the portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Whisky cask tap-test inspection",
    profile=tg.RiskProfile.LOW,
    description=(
        "Acoustic model that listens to tap tests on returned whisky casks and "
        "recommends repair, rejuvenation or scrapping."
    ),
)

# ---------------------------------------------------------------- data assets
cask_id = tg.Data("Cask barcode", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
recording = tg.Data(
    "Tap-test recording",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Multi-channel audio of every stave tapped, tagged with the cask barcode.",
)
spectrogram = tg.Data("Stave spectrograms", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
verdict = tg.Data(
    "Cask verdict",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Leak and weak-stave locations, confidence, and repair/rejuvenate/scrap.",
)
confirmation = tg.Data(
    "Cooper's scrap confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
disposition = tg.Data(
    "Cask disposition",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
cask_history = tg.Data(
    "Cask history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Owner distillery, previous fills, char level and past repairs.",
)
labels = tg.Data(
    "Cooper labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Acoustic model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
report = tg.Data("Cask condition report", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
release = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
report_request = tg.Data(
    "Customer report request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Distillery staff checking what happened to the casks they sent back.
    customer = tm.add(tg.Actor("Distillery customer", role="customer"))

with tm.boundary("Cooperage workshop floor", trust=tg.Trust.INTERNAL):
    # The cooper at the inspection bay who runs the test and confirms scraps.
    cooper = tm.add(tg.Actor("Cooper", role="inspector"))
    # Pneumatic tapper and contact microphones; one rig per inspection bay.
    rig = tm.add(
        tg.Device(
            "Tap-test rig",
            fleet=True,
            description="Pneumatic tapper and contact microphones on a USB audio interface.",
        )
    )
    # Touchscreen PC at the bay: records the test, runs the model, shows the verdict.
    station = tm.add(
        tg.Service(
            "Inspection station",
            description="Workshop PC that records tap tests, runs the classifier and shows the verdict.",
            controls={
                c.HumanInTheLoop(
                    approver="the inspecting cooper",
                    note="scrap verdicts only; repair and rejuvenate verdicts go straight to the work queue",
                )
            },
        )
    )
    # The classifier itself, running on the station PC with ONNX Runtime.
    model = tm.add(
        tg.Model(
            "Cask acoustic classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Small CNN over stave spectrograms: sound, leak or weak stave.",
        )
    )

with tm.boundary("Cooperage office network", trust=tg.Trust.INTERNAL):
    # System of record for every cask we handle and its work queue.
    tracking = tm.add(
        tg.DataStore(
            "Cask tracking system",
            stores={cask_history, disposition},
            controls={c.RBAC(note="coopers, yard manager and office roles")},
        )
    )
    # Senior cooper whose judgement is the ground truth for training.
    master_cooper = tm.add(tg.Actor("Master cooper", role="labeller"))
    # The one person who runs retraining and promotes new model versions.
    data_engineer = tm.add(tg.Actor("Data engineer", role="ml engineer", privileged=True))

with tm.boundary("Cooperage cloud account", trust=tg.Trust.INTERNAL):
    # Bucket of every uploaded tap test with its labels.
    recordings = tm.add(
        tg.Dataset(
            "Tap recording archive",
            stores={recording, labels},
            purpose="training",
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web tool where the master cooper listens to recordings and labels them.
    labelling = tm.add(tg.Pipeline("Labelling tool", stage=tg.Stage.LABELING))
    # Scheduled retraining job (PyTorch, librosa) exporting to ONNX.
    training = tm.add(
        tg.Pipeline("Retraining job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds trained versions; the station pulls the one marked approved.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Web portal where distilleries see the condition of their casks.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# Inspection at the bay
tm.flow(cooper, station, cask_id, label="scans barcode and starts the test")
tm.flow(station, rig, label="start tapping sequence", protocol="usb")
tm.flow(rig, station, recording, protocol="usb")
tm.flow(tracking, station, cask_history, protocol="https", label="cask lookup")
tm.flow(station, model, spectrogram, protocol="local")
tm.flow(model, station, verdict, protocol="local")
tm.flow(station, cooper, verdict, cask_history, label="shown on the touchscreen")
tm.flow(cooper, station, confirmation, label="confirms scrap on the touchscreen")
tm.flow(station, tracking, disposition, protocol="https")

# Training loop
tm.flow(station, recordings, recording, verdict, protocol="https", label="nightly upload")
tm.flow(recordings, labelling, recording, protocol="https")
tm.flow(labelling, master_cooper, recording, protocol="https")
tm.flow(master_cooper, labelling, labels, protocol="https")
tm.flow(labelling, recordings, labels, protocol="https")
tm.flow(recordings, training, recording, labels)
tm.flow(data_engineer, training, label="starts retraining", protocol="https")
tm.flow(training, registry, weights)
tm.flow(data_engineer, registry, release, label="marks version approved", protocol="https")
tm.flow(registry, model, weights, protocol="https", label="station pulls approved version")

# Customer portal
tm.flow(tracking, portal, report, protocol="https", label="nightly sync")
tm.flow(customer, portal, report_request, protocol="https")
tm.flow(portal, customer, report, protocol="https")
