"""Fishing charter catch reporting: the first design, before any security review.

A sea-fishing charter company runs day trips on a few boats. Each landed fish is
laid on a measuring board and photographed with the boat's rugged deck tablet; a
species-and-length model on the tablet (it must work out of mobile signal) names
the species, estimates the length and, below the minimum size, tells the crew to
release the fish. The crew confirm or correct the result on screen. Back in signal,
the tablet syncs catches and photos to the company's cloud, where a job drafts the
catch return the skipper must file with the fisheries authority; the skipper
approves it on the tablet and the cloud submits it with the company's authority
API key. Anglers, known from the booking platform's trip manifest, see their catch
photos in a web portal. Crew corrections become labels for periodic retraining.
Controls: HTTPS everywhere off the boat, per-tablet API keys, the authority key in
the cloud secrets manager, encrypted cloud stores, a hold-out accuracy check before
a model ships, and the skipper's approval of every return before it is filed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fishing charter catch reporting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-deck fish species and length recognition that drafts statutory catch returns.",
)

# ---------------------------------------------------------------- data assets
board_photo = tg.Data(
    "Measuring board photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The fish on the graduated board; anglers' hands are sometimes in frame.",
)
estimate = tg.Data(
    "Species and length estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Species, length in cm, confidence, and undersize flag against minimum sizes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
release_prompt = tg.Data(
    "Undersize release prompt", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
confirmation = tg.Data(
    "Crew-confirmed species and length",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted or corrected species and length, and whether the fish was kept or released.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catch_records = tg.Data(
    "Catch records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per fish: trip, boat, angler, species, length, kept or released, position, time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
manifest = tg.Data(
    "Trip manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Anglers booked on each trip: names, e-mail addresses, booking references.",
)
draft_return = tg.Data(
    "Draft catch return",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approved_return = tg.Data(
    "Skipper-approved catch return",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
receipt = tg.Data("Return filing receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
authority_key = tg.Data(
    "Fisheries authority API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
angler_signin = tg.Data(
    "Angler sign-in details",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference and e-mail address.",
)
gallery = tg.Data("Angler catch photos and records", kind="media", sensitivity=tg.Sensitivity.PII)
training_images = tg.Data(
    "Labelled fish images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
artifact = tg.Data("Fish model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers who fished the trip and want their catch photos.
    angler = tm.add(tg.Actor("Angler", role="customer"))

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # The SaaS booking platform the company sells trips through.
    booking = tm.add(
        tg.ExternalService("Trip booking platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Fisheries authority", trust=tg.Trust.PARTNER):
    # The regulator's catch-reporting service that returns must be filed with.
    authority = tm.add(tg.ExternalService("Fisheries authority catch reporting service"))

with tm.boundary("Charter boat", trust=tg.Trust.INTERNAL):
    # Legally responsible for the catch return and for size limits aboard.
    skipper = tm.add(tg.Actor("Skipper", role="skipper"))
    # Photograph each fish on the board and release the undersized ones.
    crew = tm.add(tg.Actor("Deck crew", role="crew"))
    # One rugged tablet per boat with the catch app, offline at sea.
    tablet = tm.add(tg.Device("Deck tablet", fleet=True))
    # Runs on the tablet so that size calls work without signal.
    fish_model = tm.add(
        tg.Model(
            "Fish species and length model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned detector: species, length from the board graduations, undersize flag.",
            controls={
                c.ModelVersioning(note="the model version is stored with every catch record")
            },
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives catches and photos from the tablets, serves drafts and model updates.
    sync_api = tm.add(
        tg.Endpoint(
            "Catch sync API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-tablet API key"),
                c.SecretsManagement(note="authority API key held in the cloud secrets manager"),
            },
        )
    )
    # System of record for every fish landed.
    catch_db = tm.add(
        tg.DataStore(
            "Catch records database",
            stores={catch_records, manifest, draft_return, approved_return, receipt},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.DataVersioning(note="daily snapshots"),
            },
        )
    )
    # Bucket of measuring board photos.
    photo_store = tm.add(
        tg.DataStore(
            "Catch photo store",
            stores={board_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Aggregates a trip's kept fish into the authority's return format.
    drafter = tm.add(
        tg.Service(
            "Catch return drafter",
            controls={
                c.HumanInTheLoop(
                    approver="the skipper",
                    note="nothing is filed until the skipper approves the draft on the tablet",
                )
            },
        )
    )
    # Web portal where anglers view their fish.
    portal = tm.add(
        tg.Endpoint(
            "Angler photo portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Board photos with crew-confirmed species and lengths.
        image_set = tm.add(tg.Dataset("Labelled fish image set", stores={training_images}))
        # Periodic fine-tuning of the detector on the new labels.
        retraining = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out accuracy check for species and length")},
            )
        )
        # Released model versions that the tablets download.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))

# ---------------------------------------------------------------- flows
# on deck
tm.flow(crew, tablet, board_photo, label="photographed in person on the tablet")
tm.flow(tablet, fish_model, board_photo, protocol="local")
tm.flow(fish_model, tablet, estimate, protocol="local")
tm.flow(tablet, crew, estimate, release_prompt, label="shown on the touchscreen")
tm.flow(crew, tablet, confirmation, label="confirmed on the touchscreen")

# sync to the cloud
tm.flow(tablet, sync_api, catch_records, board_photo, protocol="https", label="sync when in signal")
tm.flow(booking, sync_api, manifest, protocol="https")
tm.flow(sync_api, tablet, manifest, protocol="https", label="today's anglers")
tm.flow(sync_api, catch_db, catch_records, manifest)
tm.flow(sync_api, photo_store, board_photo)

# the catch return
tm.flow(catch_db, drafter, catch_records)
tm.flow(drafter, catch_db, draft_return)
tm.flow(catch_db, sync_api, draft_return, receipt)
tm.flow(sync_api, tablet, draft_return, protocol="https")
tm.flow(tablet, skipper, draft_return, label="shown on the touchscreen")
tm.flow(skipper, tablet, approved_return, label="approved on the touchscreen")
tm.flow(tablet, sync_api, approved_return, protocol="https")
tm.flow(sync_api, catch_db, approved_return, receipt)
tm.flow(sync_api, authority, approved_return, authority_key, protocol="https")
tm.flow(authority, sync_api, receipt, protocol="https")

# anglers
tm.flow(angler, portal, angler_signin, protocol="https")
tm.flow(catch_db, portal, catch_records)
tm.flow(photo_store, portal, board_photo)
tm.flow(portal, angler, gallery, protocol="https")

# retraining and model delivery
tm.flow(catch_db, image_set, catch_records, label="crew-confirmed labels")
tm.flow(photo_store, image_set, board_photo)
tm.flow(image_set, retraining, training_images)
tm.flow(retraining, registry, artifact)
tm.flow(registry, sync_api, artifact)
tm.flow(sync_api, tablet, artifact, protocol="https", label="model update")
tm.flow(tablet, fish_model, artifact, protocol="local", label="install update")
