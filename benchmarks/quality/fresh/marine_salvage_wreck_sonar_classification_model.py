"""Wreck sonar classification: the first design, before any security review.

Our survey boats tow side-scan sonar over the search areas the salvage master
picks. The acquisition laptop on each boat records the sonar files, and at the
end of each survey day the surveyor uploads them over the boat's satellite link
to a storage bucket in our cloud account. A tiling job cuts the sonar
waterfalls into georeferenced image tiles, and an in-house image classifier
(fine-tuned from a pretrained backbone downloaded from a public model hub)
scores each tile as wreck, debris, rock or clean seabed. Scored contacts go to
a contact database, cross-checked against charted wrecks from the hydrographic
office. The salvage master and the sonar analyst work in a web review app
behind company sign-in (Microsoft 365 with MFA); the analyst confirms or
corrects contacts, which become labels for retraining, and the salvage master
alone decides which contacts go into the dive plan. Uploads and the web app use
HTTPS; the bucket and database use the cloud provider's default encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wreck sonar classification",
    profile=tg.RiskProfile.LOW,
    description=(
        "Classifies side-scan sonar tiles from survey boats to find likely wrecks and "
        "debris for the salvage master's dive plan."
    ),
)

# ---------------------------------------------------------------- data assets
survey_log = tg.Data(
    "Survey line log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line numbers, times, tide and sea state, surveyor's notes.",
)
sonar_files = tg.Data(
    "Raw side-scan sonar files",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="XTF files with sonar returns and GNSS positions of the search area.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tiles = tg.Data(
    "Georeferenced sonar tiles",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
tile_scores = tg.Data(
    "Tile class scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Wreck / debris / rock / seabed probabilities per tile.",
)
contacts = tg.Data(
    "Sonar contact list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Position, class, confidence and tile of each likely wreck or debris field.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
charted_wrecks = tg.Data(
    "Charted wreck records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed wreck and obstruction records from the hydrographic office.",
)
analyst_labels = tg.Data(
    "Analyst contact labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
training_tiles = tg.Data(
    "Labelled training tiles",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
backbone = tg.Data(
    "Pretrained backbone weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="ImageNet-pretrained CNN checkpoint from the public hub.",
)
classifier_weights = tg.Data(
    "Wreck classifier weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the fine-tuned classifier.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained image backbone comes from.
    model_hub = tm.add(
        tg.ExternalService(
            "Public model hub",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Pretrained vision backbones, downloaded by the training job.",
        )
    )

with tm.boundary("Hydrographic office", trust=tg.Trust.PARTNER):
    # Known wrecks, so that contacts on charted wrecks are marked as such.
    wreck_db = tm.add(
        tg.DataSource(
            "Hydrographic wreck database",
            origin=tg.Origin.VENDOR,
            provides={charted_wrecks},
            description="Licensed download of charted wrecks and obstructions, refreshed monthly.",
        )
    )

with tm.boundary("Survey boat", trust=tg.Trust.INTERNAL):
    # Runs the sonar during the survey and uploads the day's files.
    surveyor = tm.add(tg.Actor("Surveyor", role="hydrographic surveyor"))
    # One per boat: records the towfish returns and GNSS, uploads over satellite.
    acquisition = tm.add(
        tg.Device(
            "Sonar acquisition laptop",
            fleet=True,
            description="Windows laptop running the sonar acquisition software; "
            "uploads with a stored bucket access key.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Decides which contacts are dived on; the model only proposes.
    salvage_master = tm.add(tg.Actor("Salvage master", role="salvage master"))
    # Confirms or corrects contacts; the corrections are the training labels.
    analyst = tm.add(tg.Actor("Sonar analyst", role="sonar analyst"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Landing zone for every boat's raw sonar files.
    raw_archive = tm.add(
        tg.DataStore(
            "Raw sonar bucket",
            stores={sonar_files, survey_log},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Turns sonar waterfalls into image tiles the classifier can read.
    tiling = tm.add(
        tg.Pipeline(
            "Sonar tiling job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Decodes XTF with open-source sonar libraries, slant-range "
            "corrects and georeferences, cuts 256 px tiles.",
        )
    )
    # Runs the classifier over new tiles and writes contacts.
    scoring = tm.add(
        tg.Service(
            "Contact scoring job",
            description="Batch job: scores tiles, clusters high-scoring tiles into contacts, "
            "flags contacts near charted wrecks.",
        )
    )
    # The model itself: proposes where wrecks and debris are likely.
    classifier = tm.add(
        tg.Model(
            "Wreck sonar classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN fine-tuned on our own labelled survey tiles.",
        )
    )
    # Where contacts live between the survey and the dive plan.
    contact_db = tm.add(
        tg.DataStore(
            "Contact database",
            stores={contacts},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Map-based review of contacts for the analyst and the salvage master.
    review_app = tm.add(
        tg.Endpoint(
            "Contact review web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="GIS web app showing contacts over the survey mosaic; "
            "reached from head office and the dive support vessel.",
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.HumanInTheLoop(
                    approver="the salvage master",
                    note="each contact is accepted into the dive plan by the salvage master",
                ),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Tiles with the analyst's confirmed classes.
        training_set = tm.add(
            tg.Dataset("Labelled sonar tile set", stores={training_tiles, analyst_labels})
        )
        # Retrains the classifier a few times a season, run by hand.
        training = tm.add(
            tg.Pipeline(
                "Classifier training job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Holds each trained version; the scoring job loads the one tagged current.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={classifier_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(surveyor, acquisition, survey_log, label="line notes")
tm.flow(
    acquisition,
    raw_archive,
    sonar_files,
    survey_log,
    protocol="https",
    label="end-of-day upload over satellite",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

tm.flow(raw_archive, tiling, sonar_files)
tm.flow(tiling, scoring, tiles)
tm.flow(scoring, classifier, tiles)
tm.flow(classifier, scoring, tile_scores)
tm.flow(wreck_db, scoring, charted_wrecks, protocol="https", label="monthly download")
tm.flow(scoring, contact_db, contacts)

tm.flow(contact_db, review_app, contacts)
tm.flow(review_app, contact_db, analyst_labels, label="confirmed or corrected classes")
tm.flow(
    review_app,
    analyst,
    contacts,
    tiles,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    analyst,
    review_app,
    analyst_labels,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    review_app,
    salvage_master,
    contacts,
    tiles,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    salvage_master,
    review_app,
    contacts,
    protocol="https",
    label="contacts accepted for the dive plan",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

tm.flow(contact_db, training_set, analyst_labels, label="labelled contacts")
tm.flow(tiling, training_set, training_tiles, label="tiles of labelled contacts")
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training_set, training, training_tiles, analyst_labels)
tm.flow(training, registry, classifier_weights)
tm.flow(registry, classifier, classifier_weights, label="load current version")
