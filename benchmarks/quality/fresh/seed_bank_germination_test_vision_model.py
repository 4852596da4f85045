"""Germination test vision model: the first design, before any security review.

The national seed bank tests the viability of each stored accession every few
years by germinating a sample on dishes in growth cabinets. Today technicians
count germinated seeds by eye; this design replaces the count with a vision
model. A camera in each cabinet photographs every dish on a schedule and writes
the photos to a share on the lab network. A scoring job on the seed bank's ML
server runs the counting model over new photos, writes the counts into the
genebank information system and flags accessions whose germination has fallen
below the regeneration standard. Curators review flagged accessions, with the
photos, in a dashboard signed in with the agency's single sign-on, and confirm
which go into the regeneration programme. Technicians annotate photos for
retraining; the model is fine-tuned from a public pretrained detector.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Seed bank germination test vision model",
    profile=tg.RiskProfile.LOW,
    description="Counts germinated seeds in photographed test dishes and flags accessions "
    "that need regeneration.",
)

# ---------------------------------------------------------------- data assets
dish_photos = tg.Data(
    "Dish photos",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Timed photos of each germination dish, named by cabinet, shelf and dish.",
)
test_setup = tg.Data(
    "Germination test setup",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Accession number, dish ids, seeds sown, cabinet and start date.",
)
counts = tg.Data(
    "Germinated seed counts",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
flags = tg.Data("Regeneration flags", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
viability_records = tg.Data(
    "Accession viability records",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Passport data, germination test history and regeneration status per accession.",
)
regeneration_decision = tg.Data(
    "Regeneration decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
annotations = tg.Data(
    "Seed annotations",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Annotated dish photo set", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
pretrained = tg.Data(
    "Pretrained detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
model_weights = tg.Data(
    "Counting model weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
production_marker = tg.Data(
    "Production version marker", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained detector checkpoint the model is fine-tuned from comes from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Seed bank corporate network", trust=tg.Trust.INTERNAL):
    # Sets up germination tests, loads the dishes and annotates photos for training.
    technician = tm.add(tg.Actor("Seed technician", role="lab technician"))
    # Owns the collection; decides which accessions are regenerated.
    curator = tm.add(tg.Actor("Collection curator", role="curator"))
    # Looks after the model, its training and its releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # The genebank's system of record for accessions and their viability history.
    genebank_db = tm.add(
        tg.DataStore(
            "Genebank information system",
            stores={viability_records, test_setup},
            controls={c.RBAC(), c.AuditLogging(), c.DataVersioning(note="nightly backups")},
        )
    )
    # Where curators review flagged accessions with their photos and confirm regeneration.
    dashboard = tm.add(
        tg.Endpoint(
            "Curator review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency Active Directory single sign-on"),
                c.HumanInTheLoop(
                    approver="collection curator",
                    note="a curator confirms each flagged accession before regeneration",
                ),
            },
        )
    )

    with tm.boundary("Germination lab network", trust=tg.Trust.INTERNAL):
        # One camera above the shelves of each growth cabinet.
        cameras = tm.add(tg.Device("Growth cabinet cameras", fleet=True))
        # A network share the cameras write photos to; the scoring job and annotators read it.
        photo_share = tm.add(tg.DataStore("Dish photo share", stores={dish_photos}))

    with tm.boundary("ML server", trust=tg.Trust.INTERNAL):
        # Runs every hour over new photos, counts seeds and applies the viability standard.
        scoring_job = tm.add(tg.Service("Hourly germination scoring job"))
        # The fine-tuned detector that finds and counts germinated seeds on a dish.
        model = tm.add(
            tg.Model(
                "Germination counting model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Fine-tuned object detector; counts seeds with a visible radicle.",
            )
        )
        # Web tool in which technicians draw a box round each germinated seed.
        annotation = tm.add(tg.Pipeline("Photo annotation tool", stage=tg.Stage.LABELING))
        # The versioned set of annotated photos the model is trained and checked on.
        dataset = tm.add(
            tg.Dataset(
                "Annotated photo dataset",
                stores={training_set, annotations},
                controls={c.DataVersioning(note="DVC snapshots")},
            )
        )
        # Fine-tunes the pretrained detector on the annotated photos.
        training = tm.add(
            tg.Pipeline(
                "Model fine-tuning pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="count error on held-out dishes checked")},
            )
        )
        # Keeps each trained model version; the scoring job loads the one marked production.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# photos and test setup
tm.flow(technician, genebank_db, test_setup, protocol="https", label="registers test")
tm.flow(cameras, photo_share, dish_photos, protocol="smb")

# scoring
tm.flow(photo_share, scoring_job, dish_photos, protocol="smb")
tm.flow(genebank_db, scoring_job, test_setup, protocol="https", label="seeds sown per dish")
tm.flow(scoring_job, model, dish_photos)
tm.flow(model, scoring_job, counts)
tm.flow(scoring_job, genebank_db, counts, flags, protocol="https")

# curator review
tm.flow(genebank_db, dashboard, flags, viability_records, protocol="https")
tm.flow(photo_share, dashboard, dish_photos, protocol="smb")
tm.flow(dashboard, curator, flags, dish_photos, protocol="https")
tm.flow(curator, dashboard, regeneration_decision, protocol="https")
tm.flow(dashboard, genebank_db, regeneration_decision, protocol="https")

# annotation and training
tm.flow(photo_share, annotation, dish_photos, protocol="smb")
tm.flow(annotation, technician, dish_photos, protocol="https")
tm.flow(technician, annotation, annotations, protocol="https")
tm.flow(annotation, dataset, training_set, annotations)
tm.flow(dataset, training, training_set, annotations)
tm.flow(hub, training, pretrained, protocol="https")
tm.flow(training, registry, model_weights)
tm.flow(ml_engineer, registry, production_marker, label="marks version as production")
tm.flow(registry, model, model_weights, label="loaded at job start")
