"""Newsroom deepfake detection: the first design, before any security review.

A European news agency lets the public send in photos and videos of breaking events
through an upload portal on its website; files and the sender's contact details go
to an object store. A preprocessing service decodes the files, samples frames and
reads EXIF and C2PA metadata; a verification service asks an in-house deepfake
detector for a manipulation score and a reverse-image-search vendor for earlier
copies, and writes a verification report. Photo editors review report and media in
an internal verification desk (staff SSO with MFA, role-based access) and decide
what the CMS publishes; nothing goes out without an editor's call. The detector is
retrained monthly on public deepfake corpora plus the cases editors have decided.
The portal has per-IP rate limits and file type and size checks, the submission
store is encrypted with KMS keys, and traffic across the agency's edge uses HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newsroom photo deepfake detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Screens photos and videos sent in by the public for AI generation or "
        "manipulation before editors decide whether to publish them."
    ),
)

# ---------------------------------------------------------------- data assets
submitted_media = tg.Data(
    "Submitted photos and videos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Original files as sent; often show identifiable people at news events.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
contact_details = tg.Data(
    "Contributor contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone and where the picture was taken; sources may need protecting.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
frames = tg.Data(
    "Decoded frames and file metadata",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Sampled video frames, image tensors, EXIF and C2PA manifest fields.",
)
manipulation_score = tg.Data(
    "Manipulation score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Probability of AI generation or editing, with a heatmap of suspect regions.",
)
search_query = tg.Data(
    "Reverse search query image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A downscaled copy of the photo or key frame.",
)
search_matches = tg.Data(
    "Earlier copies found online", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
report = tg.Data(
    "Verification report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Score, metadata findings and reverse-search matches for one submission.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
verdict = tg.Data(
    "Editorial verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Authentic, manipulated or unverifiable, as decided by the photo editor.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
published_media = tg.Data(
    "Approved media for publication", kind="media", sensitivity=tg.Sensitivity.PUBLIC
)
public_datasets = tg.Data(
    "Public deepfake datasets", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
training_examples = tg.Data(
    "Labelled training examples", kind="training-data", sensitivity=tg.Sensitivity.PII
)
detector_weights = tg.Data(
    "Detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoints of the image and video detectors.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public sending in eyewitness material; anyone can, including fakers.
    contributor = tm.add(tg.Actor("Public contributor", role="eyewitness"))
    # Academic and benchmark deepfake corpora the detector is trained on.
    datasets_source = tm.add(
        tg.DataSource(
            "Public deepfake corpora",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_datasets},
            description="FaceForensics++-style corpora and generator samples downloaded from the web.",
        )
    )

with tm.boundary("Reverse search vendor", trust=tg.Trust.PARTNER):
    # Finds earlier appearances of the same picture on the web.
    reverse_search = tm.add(
        tg.ExternalService(
            "Reverse image search API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial reverse image search, called per submission.",
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # The public-facing upload form and API behind the agency's website.
    portal = tm.add(
        tg.Endpoint(
            "Contributor upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=10, note="per source IP"),
                c.InputValidation(note="file type allowlist and 500 MB size cap"),
            },
        )
    )
    # Keeps every original file and who sent it, for the editors and for training.
    submission_store = tm.add(
        tg.DataStore(
            "Submission store",
            stores={submitted_media, contact_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Decodes images and videos with ffmpeg and reads their metadata.
    preprocessing = tm.add(
        tg.Service(
            "Media preprocessing service",
            description="Decodes uploads, samples frames and extracts EXIF and C2PA data.",
        )
    )
    # Runs the checks for each submission and assembles the report.
    verification = tm.add(
        tg.Service(
            "Verification service",
            description="Calls the detector and the reverse search and writes the report.",
        )
    )
    # The model this design is about.
    detector = tm.add(
        tg.Model(
            "Deepfake detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description=(
                "Ensemble of image and video classifiers fine-tuned from an open "
                "backbone; scores how likely a photo or clip is AI-generated or edited."
            ),
        )
    )
    # Reports and editors' decisions, one case per submission.
    case_store = tm.add(tg.DataStore("Verification case store", stores={report, verdict}))
    # Internal web app where photo editors review each case.
    desk = tm.add(
        tg.Endpoint(
            "Verification desk",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(note="photo desk role only"),
                c.HumanInTheLoop(approver="the duty photo editor"),
            },
        )
    )
    # The agency's content management system that publishes to the wire and website.
    cms = tm.add(tg.Service("Newsroom CMS", description="Publishes approved media to the wire."))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Public corpora plus editor-confirmed cases, snapshot per training run.
    training_set = tm.add(
        tg.Dataset("Detector training set", stores={training_examples, public_datasets})
    )
    # Monthly retraining job on GPU instances.
    training = tm.add(tg.Pipeline("Monthly detector retraining", stage=tg.Stage.TRAINING))
    # Holds trained detector versions; serving loads the version tagged for production.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry",
            stores={detector_weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Decides, case by case, whether a submission is published.
    editor = tm.add(tg.Actor("Photo editor", role="editor"))

# ---------------------------------------------------------------- flows
# intake
tm.flow(contributor, portal, submitted_media, contact_details, protocol="https")
tm.flow(portal, contributor, receipt, protocol="https")
tm.flow(portal, submission_store, submitted_media, contact_details)

# automated checks
tm.flow(submission_store, preprocessing, submitted_media)
tm.flow(preprocessing, verification, frames)
tm.flow(verification, detector, frames)
tm.flow(detector, verification, manipulation_score)
tm.flow(verification, reverse_search, search_query, protocol="https")
tm.flow(reverse_search, verification, search_matches, protocol="https")
tm.flow(verification, case_store, report)

# editorial review and publication
tm.flow(case_store, desk, report)
tm.flow(submission_store, desk, submitted_media, contact_details)
tm.flow(desk, editor, report, submitted_media, contact_details, protocol="https")
tm.flow(editor, desk, verdict, protocol="https")
tm.flow(desk, case_store, verdict)
tm.flow(desk, cms, published_media, label="publish approved item")

# retraining
tm.flow(datasets_source, training_set, public_datasets, protocol="https")
tm.flow(case_store, training_set, verdict, label="monthly export of decided cases")
tm.flow(submission_store, training_set, training_examples, label="monthly export of decided cases")
tm.flow(training_set, training, training_examples, public_datasets)
tm.flow(training, registry, detector_weights)
tm.flow(registry, detector, detector_weights, label="deploy production version")
