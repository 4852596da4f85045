"""Piano restoration inspection: the first design, before any security review.

A small piano restoration workshop photographs soundboards, ribs and bridges with
an inspection camera (a borescope tethered to a workshop tablet), at the bench or
in owners' homes and auction rooms. The tablet uploads the photos to the workshop's
cloud tenancy, where an inspection service runs an in-house crack detector
(fine-tuned from a pretrained backbone pulled from a public model hub) that marks
soundboard cracks, rib separations and bridge pin or cap problems. A quote service
turns the findings and the workshop price list into a draft quote and condition
report; the restorer who inspected the piano reviews and approves every quote
before it is e-mailed. Piano owners and auction houses use a customer portal to
request quotes, upload their own preliminary photos and read quotes. Annotated
photos go monthly to a workshop GPU workstation for retraining. Controls: portal
and back-office sign-in, upload checks, encrypted cloud stores, HTTPS outside.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Piano soundboard crack inspection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision model that finds soundboard cracks and bridge issues to quote restorations.",
)

# ---------------------------------------------------------------- data assets
inspection_photos = tg.Data(
    "Soundboard inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Close-ups of soundboard, ribs and bridges; taken in owners' homes and auction rooms.",
)
inspection_notes = tg.Data(
    "Inspection notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Make, serial number, room humidity and the restorer's remarks.",
)
owner_photos = tg.Data(
    "Owner-submitted piano photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address and phone of the owner or auction house contact, and the piano.",
)
findings = tg.Data(
    "Crack and bridge findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boxes and severity for each crack, rib separation and bridge defect.",
)
draft_quote = tg.Data(
    "Draft quote and condition report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
quote_approval = tg.Data("Quote approval and edits", kind="records")
quote = tg.Data(
    "Restoration quote and condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
client_records = tg.Data(
    "Client and instrument records", kind="records", sensitivity=tg.Sensitivity.PII
)
price_list = tg.Data(
    "Restoration price list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
crack_labels = tg.Data("Crack annotations", kind="labels")
training_photos = tg.Data(
    "Annotated training photos", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
backbone = tg.Data(
    "Pretrained detector backbone", format="pickle", sensitivity=tg.Sensitivity.PUBLIC
)
weights = tg.Data(
    "Crack detector weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Private owners asking what their piano needs.
    owner = tm.add(tg.Actor("Piano owner", role="customer"))
    # Auction house specialists who want condition reports and quotes before a sale.
    auction_house = tm.add(tg.Actor("Auction house specialist", role="auction house"))
    # Public hub the detector backbone is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends approved quotes to clients.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The restorer who inspects pianos, annotates photos and signs off quotes.
    restorer = tm.add(tg.Actor("Restorer", role="workshop owner", privileged=True))
    # Borescope camera on a workshop tablet; uploads photos straight after capture.
    camera = tm.add(
        tg.Device(
            "Inspection camera tablet",
            fleet=False,
            description="Borescope camera tethered to a workshop tablet running the capture app.",
        )
    )
    # Annotated photos kept on the workstation for retraining.
    dataset = tm.add(tg.Dataset("Annotated crack dataset", stores={training_photos, crack_labels}))
    # Fine-tunes the detector on the workshop GPU workstation.
    training = tm.add(
        tg.Pipeline(
            "Detector fine-tuning",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Fine-tunes the downloaded backbone on the annotated photos.",
        )
    )

with tm.boundary("Workshop cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web portal where owners and auction houses request and read quotes.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="JPEG, PNG or HEIC under 20 MB only"),
            },
        )
    )
    # Receives photos, calls the detector and keeps photos with findings.
    inspection = tm.add(tg.Service("Inspection service"))
    # Finds cracks and bridge issues in the photos.
    detector = tm.add(
        tg.Model(
            "Soundboard crack detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Object detector fine-tuned from a public backbone.",
        )
    )
    # Object storage for all photos and their findings.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={inspection_photos, owner_photos, findings},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Builds draft quotes and sends approved ones; also the restorer's back office.
    quote_service = tm.add(
        tg.Service(
            "Quote service",
            controls={
                tg.controls.Authentication(method="e-mail and password with TOTP"),
                tg.controls.HumanInTheLoop(approver="the restorer who inspected the piano"),
            },
        )
    )
    # Clients, pianos, quotes and the price list.
    client_db = tm.add(
        tg.DataStore(
            "Client and quote database",
            stores={client_records, quote, price_list},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Bucket holding each trained detector version.
    registry = tm.add(tg.ModelRegistry("Detector weights bucket", stores={weights}))

# ---------------------------------------------------------------- flows
# capture in the workshop or on site
tm.flow(restorer, camera, inspection_notes, label="typed on the tablet")
tm.flow(camera, inspection, inspection_photos, inspection_notes, protocol="https")

# clients asking for quotes
tm.flow(owner, portal, quote_request, owner_photos, protocol="https")
tm.flow(auction_house, portal, quote_request, owner_photos, protocol="https")
tm.flow(portal, client_db, quote_request, client_records)
tm.flow(portal, inspection, owner_photos)
tm.flow(client_db, portal, quote, label="quotes shown to their client")
tm.flow(portal, owner, quote, protocol="https")
tm.flow(portal, auction_house, quote, protocol="https")

# inspection
tm.flow(inspection, detector, inspection_photos, owner_photos)
tm.flow(detector, inspection, findings)
tm.flow(inspection, photo_store, inspection_photos, owner_photos, findings)
tm.flow(photo_store, inspection, inspection_photos, findings)
tm.flow(inspection, quote_service, findings, inspection_notes)

# quoting
tm.flow(client_db, quote_service, client_records, price_list)
tm.flow(quote_service, restorer, draft_quote, findings, protocol="https")
tm.flow(restorer, quote_service, quote_approval, protocol="https")
tm.flow(quote_service, client_db, quote)
tm.flow(quote_service, mailer, quote, protocol="https")
tm.flow(mailer, owner, quote, protocol="smtp")
tm.flow(mailer, auction_house, quote, protocol="smtp")

# retraining
tm.flow(photo_store, dataset, training_photos, protocol="https", label="monthly export")
tm.flow(restorer, dataset, crack_labels)
tm.flow(dataset, training, training_photos, crack_labels)
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training, registry, weights, protocol="https")
tm.flow(registry, detector, weights, label="deploy")
