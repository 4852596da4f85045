"""Caries and bone loss detection on bitewing X-rays: the first design, before any security review.

A US dental group runs a cloud model that marks likely caries and interproximal
bone loss on bitewing radiographs. In each practice, the intraoral sensor feeds
the practice imaging software on the practice server; a small upload connector
there sends each new bitewing study over HTTPS to the group's inference API in
its cloud account, authenticated with a per-practice API key. The detector's
findings come back as overlays in the imaging software, where the treating dentist
confirms or rejects each one before anything is written to the patient chart.
Images and findings are kept in an encrypted store. De-identified images go to a
labelling tool where contract dental radiologists annotate them; labels and the
dentists' accept/reject feedback build the training set, a training pipeline
retrains the detector, and an ML engineer promotes versions from the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental bitewing caries and bone loss detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Cloud detector marking likely caries and bone loss on bitewing X-rays for "
        "dentists to confirm in the practice software."
    ),
)

# ---------------------------------------------------------------- data assets
xray = tg.Data(
    "Bitewing X-ray study",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="DICOM bitewings with the patient identifiers in the header.",
)
findings = tg.Data(
    "Caries and bone loss findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Boxes per tooth surface with a likelihood, shown as overlays.",
)
confirmed = tg.Data(
    "Confirmed findings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
feedback = tg.Data(
    "Dentist accept/reject feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
)
chart = tg.Data(
    "Patient chart",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
deid_images = tg.Data(
    "De-identified bitewing images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pixel data with the DICOM header stripped and a random study key.",
)
annotations = tg.Data(
    "Radiologist annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detector model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint written with torch.save.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Dental practice network", trust=tg.Trust.INTERNAL):
    # Reads the overlays and decides what goes into the chart.
    dentist = tm.add(tg.Actor("Treating dentist", role="dentist"))
    # Captures the bitewings chairside.
    sensor = tm.add(
        tg.Device(
            "Intraoral X-ray sensor",
            fleet=True,
            description="USB intraoral sensor in each operatory.",
        )
    )
    # Where radiographs are viewed and findings confirmed.
    imaging = tm.add(
        tg.Service(
            "Practice imaging software",
            description="Imaging and charting software on the practice server.",
            controls={
                c.HumanInTheLoop(
                    approver="the treating dentist",
                    note="each finding is confirmed or rejected before it reaches the chart",
                )
            },
        )
    )
    # The practice's patient records, images included.
    pm_db = tm.add(tg.DataStore("Practice management database", stores={chart, xray, confirmed}))
    # Sends new studies to the cloud and brings the findings back.
    connector = tm.add(
        tg.Service(
            "Cloud upload connector",
            description="Agent on the practice server holding the practice's API key.",
        )
    )

with tm.boundary("Dental group cloud account", trust=tg.Trust.INTERNAL):
    # The one entry point the practices call.
    api = tm.add(
        tg.Endpoint(
            "Detection inference API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={
                c.Authentication(method="per-practice API key"),
                c.InputValidation(note="rejects anything that is not a DICOM bitewing"),
            },
        )
    )
    # Marks likely caries and bone loss on each bitewing.
    detector = tm.add(
        tg.Model(
            "Caries and bone loss detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector fine-tuned on annotated bitewings.",
        )
    )
    # Keeps every study and its findings for audit and retraining.
    image_store = tm.add(
        tg.DataStore(
            "Study and findings store",
            stores={xray, findings, feedback},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Annotation workspace the contract radiologists sign in to.
    labelling = tm.add(
        tg.Pipeline(
            "Annotation tool",
            stage=tg.Stage.LABELING,
            controls={
                c.Authentication(method="Okta SSO with MFA"),
                c.DataMinimization(note="only de-identified pixel data is exported to it"),
            },
        )
    )

    with tm.boundary("ML training environment", trust=tg.Trust.RESTRICTED):
        # Annotated images plus dentist feedback.
        train_set = tm.add(
            tg.Dataset(
                "Detector training set",
                stores={deid_images, annotations, feedback},
                purpose=tg.DatasetPurpose.TRAINING,
            )
        )
        # Retrains the detector each quarter.
        training = tm.add(
            tg.Pipeline(
                "Detector training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versions of the detector; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model registry", stores={weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Board-certified dental radiologists under contract who draw the labels.
    annotators = tm.add(tg.Actor("Contract dental radiologists", role="annotator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Promotes a trained version to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# in the practice
tm.flow(sensor, imaging, xray, protocol="usb")
tm.flow(imaging, pm_db, xray, confirmed)
tm.flow(pm_db, imaging, chart, xray)
tm.flow(imaging, connector, xray, feedback, protocol="local")
tm.flow(connector, imaging, findings, protocol="local")
tm.flow(imaging, dentist, findings, chart, label="on the operatory screen")
tm.flow(dentist, imaging, confirmed, feedback, label="on the operatory screen")

# practice <-> cloud
tm.flow(connector, api, xray, feedback, protocol="https")
tm.flow(api, connector, findings, protocol="https")

# serving
tm.flow(api, detector, xray)
tm.flow(detector, api, findings)
tm.flow(api, image_store, xray, findings, feedback)

# labelling and training
tm.flow(image_store, labelling, deid_images, label="weekly de-identified export")
tm.flow(labelling, annotators, deid_images, protocol="https")
tm.flow(annotators, labelling, annotations, protocol="https")
tm.flow(labelling, train_set, deid_images, annotations)
tm.flow(image_store, train_set, feedback)
tm.flow(train_set, training, deid_images, annotations, feedback)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, protocol="https", label="promotes a version")
tm.flow(registry, detector, weights, label="deploy")
