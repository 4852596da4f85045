"""Seed bank germination counting: the first design, before any security review.

The national seed bank tests the viability of stored seed lots by germinating
samples on trays. Lab technicians photograph each tray at a camera station in
the germination lab; the images go to an image store on the seed bank's servers.
A counting service runs an in-house vision model (fine-tuned from open detector
weights) that counts germinated seeds, computes the germination rate and writes it
to the collection database, where lots below the viability threshold are flagged
for regeneration. Curators confirm or correct the counts on a sample of trays in
a review app (staff directory sign-in, role-based access); their corrections are
kept as a labelled set, and once a year an ML engineer retrains the model, checks
it against held-out trays and registers the new version. A nightly export sends
viability results to the international genebank information system over HTTPS
with an API key.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seed bank germination counting",
    profile=tg.RiskProfile.LOW,
    description=(
        "Vision model counting germinated seeds on test trays to decide which "
        "seed lots need regeneration."
    ),
)

# ---------------------------------------------------------------- data assets
tray_images = tg.Data(
    "Germination tray images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photographs of test trays, tagged with accession, lot and test day.",
)
counts = tg.Data(
    "Germination counts and rate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
accessions = tg.Data(
    "Accession and lot records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Passport data, donors and collectors, stock levels, viability history.",
)
regen_flags = tg.Data(
    "Regeneration flags",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
corrections = tg.Data(
    "Curator count corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Open detector base weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
model_weights = tg.Data(
    "Germination model weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
viability_export = tg.Data(
    "Viability results export",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the base detector weights were downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Genebank network", trust=tg.Trust.PARTNER):
    # International information system that publishes accession-level data.
    genebank_is = tm.add(
        tg.ExternalService(
            "International genebank information system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Seed bank network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Germination lab", trust=tg.Trust.INTERNAL):
        # Lab staff who sow samples and photograph trays on set test days.
        technician = tm.add(tg.Actor("Lab technician", role="technician"))
        # Camera on a copy stand with a lab PC that uploads each shot.
        camera_station = tm.add(
            tg.Device(
                "Tray camera station",
                fleet=True,
                description="Copy-stand camera and lab PC running the upload client.",
            )
        )
        # Seed curators who confirm counts on sampled trays and decide regeneration.
        curator = tm.add(tg.Actor("Seed curator", role="curator"))

    with tm.boundary("Seed bank servers", trust=tg.Trust.INTERNAL):
        # Holds every tray photo for re-counting and for the training set.
        image_store = tm.add(tg.DataStore("Tray image store", stores={tray_images}))
        # Picks up new images, calls the model, computes the rate, writes results.
        counter = tm.add(tg.Service("Germination counting service"))
        # Counts germinated seeds (radicle visible) on a tray image.
        count_model = tm.add(
            tg.Model(
                "Germination counting model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Object detector fine-tuned on our own tray photos.",
            )
        )
        # The seed bank's system of record for accessions, lots and viability tests.
        collection_db = tm.add(
            tg.DataStore(
                "Collection database",
                stores={accessions, counts, regen_flags},
                controls={c.RBAC(), c.DataVersioning(note="nightly backups")},
            )
        )
        # Where curators see the sampled trays with the model's detections.
        review_app = tm.add(
            tg.Service(
                "Count review app",
                controls={
                    c.Authentication(method="staff directory password"),
                    c.RBAC(),
                    c.HumanInTheLoop(
                        approver="seed curator",
                        note="a random sample of trays per test run is confirmed",
                    ),
                },
            )
        )
        # Nightly job sending viability results to the international system.
        exporter = tm.add(tg.Service("Nightly viability export job"))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Builds and maintains the counting model.
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
        # Curator-corrected trays accumulated over the year.
        training_set = tm.add(
            tg.Dataset("Corrected tray training set", stores={tray_images, corrections})
        )
        # Once a year: fine-tunes on the corrected trays and evaluates on held-out ones.
        retraining = tm.add(
            tg.Pipeline(
                "Annual retraining",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="count error on held-out trays")},
            )
        )
        # Versions of the counting model the service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_weights}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
# Imaging and counting.
tm.flow(technician, camera_station, tray_images, label="photographs tray")
tm.flow(camera_station, image_store, tray_images, protocol="smb")
tm.flow(image_store, counter, tray_images)
tm.flow(counter, count_model, tray_images)
tm.flow(count_model, counter, counts)
tm.flow(counter, collection_db, counts, regen_flags)
tm.flow(collection_db, counter, accessions, label="lot and threshold lookup")

# Curator review of sampled trays.
tm.flow(image_store, review_app, tray_images)
tm.flow(collection_db, review_app, counts, accessions)
tm.flow(review_app, curator, tray_images, counts, protocol="https")
tm.flow(curator, review_app, corrections, protocol="https")
tm.flow(review_app, collection_db, counts, regen_flags, label="confirmed or corrected counts")
tm.flow(review_app, training_set, corrections)
tm.flow(image_store, training_set, tray_images, label="reviewed trays")

# Annual retraining.
tm.flow(model_hub, retraining, base_weights, protocol="https")
tm.flow(training_set, retraining, tray_images, corrections)
tm.flow(ml_engineer, retraining, label="starts run and reviews evaluation")
tm.flow(retraining, registry, model_weights)
tm.flow(registry, count_model, model_weights, label="load on deploy")

# Sharing viability results.
tm.flow(collection_db, exporter, counts, accessions)
tm.flow(
    exporter,
    genebank_is,
    viability_export,
    protocol="https",
    controls={c.Authentication(method="API key issued by the information system")},
)
