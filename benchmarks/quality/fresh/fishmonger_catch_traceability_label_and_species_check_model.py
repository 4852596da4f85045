"""Fishmonger catch traceability: the first design, before any security review.

A fishmonger with three shops takes deliveries of iced boxes at the back door.
Goods-in staff key the supplier and lot number into a shop tablet, which pulls a
snapshot of the open box from a fixed camera over the shop Wi-Fi and uploads it,
with the lot details, to a small traceability service we run in a cloud account.
Suppliers e-mail their catch certificates to a shared goods-in mailbox; a parser
reads the mailbox and stores the species, FAO catch area, gear and vessel per lot.
An image classifier (open weights, fine-tuned by a contractor) names the species
in the photo and the service compares it with the certificate: a match prints the
shelf label (commercial and Latin name, catch area, method) on the shop's label
printer straight away; a mismatch holds the lot until the shop manager releases it
in a back-office web app. Trading standards officers see the labels in the shop and
ask for the lot history, which the manager exports. Controls are HTTPS to the
cloud, a shared PIN on the tablet, passwords on the back office, encrypted storage.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fishmonger catch traceability and species check",
    profile=tg.RiskProfile.LOW,
    description=(
        "Goods-in photos checked against supplier catch certificates by an image "
        "classifier; shelf labels carry species and catch area for the labelling rules."
    ),
)

# ---------------------------------------------------------------- data assets
certificate = tg.Data(
    "Catch certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF from the supplier: vessel, master, species, FAO area, gear, landing date.",
)
certificate_fields = tg.Data(
    "Certificate fields",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Species, catch area, gear, vessel and lot number parsed from the certificate.",
)
goods_in = tg.Data(
    "Goods-in entry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Supplier, lot number, box weight and the staff member's initials.",
)
box_photo = tg.Data("Box photo", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
species_result = tg.Data(
    "Species check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top species with confidence, and match or mismatch against the certificate.",
)
lot_record = tg.Data(
    "Lot traceability record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
release = tg.Data("Lot release decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
shelf_label = tg.Data("Shelf label", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
export = tg.Data(
    "Traceability export",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot history for an inspection: supplier, certificate, check result, labels.",
)
weights = tg.Data(
    "Species classifier weights", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # The boats' agents and merchants who sell to us, and issue the certificates.
    supplier = tm.add(tg.Actor("Fish supplier", role="supplier"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted shared mailbox the suppliers already send their paperwork to.
    mailbox = tm.add(tg.ExternalService("Goods-in mailbox", provides="generic"))

with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Inspects labels on the counter and asks for the lot history.
    officer = tm.add(tg.Actor("Trading standards officer", role="regulator"))

with tm.boundary("Shop back of house", trust=tg.Trust.INTERNAL):
    # Receives deliveries at the back door and records each box.
    staff = tm.add(tg.Actor("Goods-in staff", role="shop staff"))
    # Fixed IP camera over the goods-in bench; snapshots on request from the tablet.
    camera = tm.add(tg.Device("Back-door camera", fleet=False))
    # Shared tablet where staff enter the lot and see the check result.
    tablet = tm.add(
        tg.Device(
            "Goods-in tablet",
            fleet=False,
            controls={tg.controls.Authentication(method="shared shop PIN")},
        )
    )
    # Thermal printer for the price and origin labels on the display ice.
    printer = tm.add(tg.Device("Shelf label printer", fleet=False))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Reads the mailbox and extracts certificate fields with PDF text templates.
    parser = tm.add(tg.Service("Certificate parser"))
    # Receives goods-in entries, calls the classifier, compares with the certificate.
    backend = tm.add(
        tg.Service(
            "Traceability service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="shop manager",
                    note="mismatched lots are held until the manager releases them; "
                    "matched lots are labelled without review",
                )
            },
        )
    )
    # Names the species in the box photo.
    classifier = tm.add(
        tg.Model(
            "Species classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights image model fine-tuned on our own box photos.",
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Storage bucket the contractor uploads each fine-tuned checkpoint to.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))
    # Lots, certificate fields, check results and releases: the traceability record.
    lot_db = tm.add(
        tg.DataStore(
            "Lot database",
            stores={lot_record, certificate_fields, species_result, goods_in, release},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.DataVersioning(note="daily snapshots"),
            },
        )
    )
    # Box photos kept with the lot for the inspection trail.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={box_photo},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web app the manager uses to review held lots and export lot histories.
    back_office = tm.add(
        tg.Endpoint(
            "Back-office web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Shop office", trust=tg.Trust.INTERNAL):
    # Releases held lots and answers trading standards.
    manager = tm.add(tg.Actor("Shop manager", role="manager"))

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # Freelance ML engineer who fine-tunes and uploads the classifier.
    ml_contractor = tm.add(tg.Actor("ML contractor", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Certificates in.
tm.flow(supplier, mailbox, certificate, protocol="smtp")
tm.flow(mailbox, parser, certificate, protocol="imaps")
tm.flow(parser, lot_db, certificate_fields)

# Goods-in at the back door.
tm.flow(staff, tablet, goods_in, label="typed on the tablet")
tm.flow(camera, tablet, box_photo, protocol="http", label="snapshot")
tm.flow(tablet, backend, goods_in, box_photo, protocol="https")
tm.flow(backend, photo_store, box_photo)
tm.flow(backend, lot_db, goods_in, lot_record)
tm.flow(lot_db, backend, certificate_fields, label="certificate for the lot")
tm.flow(backend, classifier, box_photo)
tm.flow(classifier, backend, species_result)
tm.flow(backend, lot_db, species_result, id="backend->lot-db:result")
tm.flow(backend, tablet, species_result, shelf_label, protocol="https")
tm.flow(tablet, staff, species_result, label="shown on the tablet")
tm.flow(tablet, printer, shelf_label, protocol="raw tcp 9100")
tm.flow(printer, officer, shelf_label, label="printed label on the display")

# Held lots and inspections.
tm.flow(manager, back_office, release, protocol="https")
tm.flow(back_office, manager, lot_record, species_result, box_photo, export, protocol="https")
tm.flow(back_office, lot_db, release)
tm.flow(lot_db, back_office, lot_record, species_result, certificate_fields)
tm.flow(photo_store, back_office, box_photo)
tm.flow(lot_db, backend, release, id="lot-db->backend:release", label="released lot")
tm.flow(manager, officer, export, label="printed and handed over at the inspection")

# Model updates.
tm.flow(ml_contractor, registry, weights, protocol="https", label="uploads checkpoint")
tm.flow(registry, classifier, weights, label="loaded at start-up")
