"""Catalytic converter buyer serial photo check: the first design, before any security review.

A UK scrap metal yard buys used catalytic converters over the counter and must not
buy stolen ones. At the counter the seller types their details and bank account into
a yard tablet, and the buyer photographs the seller's ID and the serial stamped on
the converter. A cloud intake API stores the photos, has a fine-tuned open-weights
OCR model read the stamped serial, and a check service looks the serial up in a
national stolen-parts register and in the yard's converter catalogue (grade and
price). The buyer sees the result on the tablet and decides whether to buy; payment
goes to the seller's bank account through the bank's payments API, and suspected
stolen converters are reported to the police by e-mail. Buyers' serial corrections
become labels for periodic fine-tuning of the OCR model. Staff sign in to the tablet
app with username and password; the records store is encrypted, role-restricted and
kept for the three years the Scrap Metal Dealers Act requires.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Catalytic converter buyer serial photo check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Reads converter serials from photos and checks them before a yard buys.",
)

# ---------------------------------------------------------------- data assets
seller_details = tg.Data(
    "Seller details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, ID document number and the vehicle registration they came in.",
)
bank_details = tg.Data("Seller bank details", kind="records", sensitivity=tg.Sensitivity.PII)
id_photo = tg.Data("Seller ID photo", kind="media", sensitivity=tg.Sensitivity.PII)
stamp_photos = tg.Data("Converter stamp photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
staff_sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
read_serial = tg.Data(
    "Read serial number", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
register_match = tg.Data(
    "Stolen register match result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
grade_price = tg.Data(
    "Converter grade and price", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
check_result = tg.Data(
    "Purchase check result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Read serial, register match, grade and offer price.",
)
purchase_decision = tg.Data(
    "Purchase decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transaction = tg.Data(
    "Purchase transaction record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Everything the Scrap Metal Dealers Act requires the yard to keep.",
)
payment = tg.Data("Seller payment instruction", kind="records", sensitivity=tg.Sensitivity.PII)
police_report = tg.Data(
    "Suspected stolen converter report", kind="documents", sensitivity=tg.Sensitivity.PII
)
serial_labels = tg.Data(
    "Corrected serial labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
base_weights = tg.Data("Base OCR weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle")
ocr_weights = tg.Data(
    "Fine-tuned OCR checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Anyone can walk in with a converter to sell, thieves included.
    seller = tm.add(tg.Actor("Converter seller", role="walk-in seller"))
    # Public model hub the base OCR model comes from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Yard office", trust=tg.Trust.INTERNAL):
    # The yard's buyer at the counter who inspects the part and makes the call.
    buyer = tm.add(tg.Actor("Yard buyer", role="buyer"))
    # Android tablet at the counter running the intake app, camera included.
    tablet = tm.add(tg.Device("Counter tablet", fleet=False))

with tm.boundary("Partners", trust=tg.Trust.PARTNER):
    # National register of converters reported stolen, queried by serial.
    register = tm.add(
        tg.ExternalService("Stolen parts register", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # The yard's bank; pays sellers by transfer, since cash is not allowed.
    bank = tm.add(tg.ExternalService("Bank payments API"))
    # Local police metal theft unit, who receive reports of suspect items.
    police = tm.add(tg.Actor("Police metal theft unit", role="police"))

with tm.boundary("Yard cloud account", trust=tg.Trust.INTERNAL):
    # Backend the tablet app calls for every purchase.
    intake_api = tm.add(
        tg.Endpoint(
            "Intake API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="staff username and password in the tablet app")},
        )
    )
    # Reads the stamped serial from a photo of the converter shell.
    ocr_model = tm.add(
        tg.Model(
            "Serial stamp OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
        )
    )
    # Looks the serial up and prepares the buy/don't-buy advice for the buyer.
    check_service = tm.add(
        tg.Service(
            "Purchase check service",
            controls={c.HumanInTheLoop(approver="the yard buyer at the counter")},
        )
    )
    # Part numbers with their metal grade and today's price.
    catalogue = tm.add(tg.DataStore("Converter catalogue", stores={grade_price}))
    # Photos and corrected serials kept for fine-tuning.
    dataset = tm.add(tg.Dataset("Serial photo training set", stores={stamp_photos, serial_labels}))
    # Fine-tunes the base OCR model on the yard's own photos, run by hand.
    finetune = tm.add(
        tg.Pipeline("OCR fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Bucket holding the checkpoints the OCR model serves.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={ocr_weights}))

    with tm.boundary("Records", trust=tg.Trust.RESTRICTED):
        # The legally required record of every purchase.
        records = tm.add(
            tg.DataStore(
                "Purchase records database",
                stores={transaction, seller_details, bank_details},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.RetentionLimits(days=1095),
                },
            )
        )
        # Object storage for ID and stamp photos.
        photo_store = tm.add(
            tg.DataStore(
                "Photo bucket",
                stores={id_photo, stamp_photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(seller, tablet, seller_details, bank_details, label="typed in at the counter")
tm.flow(buyer, tablet, staff_sign_in, id_photo, stamp_photos, label="photographed at the counter")
tm.flow(
    tablet,
    intake_api,
    staff_sign_in,
    seller_details,
    bank_details,
    id_photo,
    stamp_photos,
    protocol="https",
)
tm.flow(intake_api, photo_store, id_photo, stamp_photos)

tm.flow(intake_api, ocr_model, stamp_photos)
tm.flow(ocr_model, intake_api, read_serial)
tm.flow(intake_api, check_service, read_serial, seller_details)
tm.flow(
    check_service,
    register,
    read_serial,
    protocol="https",
    controls={c.Authentication(method="register-issued API key")},
)
tm.flow(register, check_service, register_match, protocol="https")
tm.flow(catalogue, check_service, grade_price)
tm.flow(check_service, intake_api, check_result)
tm.flow(intake_api, tablet, check_result, protocol="https")
tm.flow(tablet, buyer, check_result, label="shown on the tablet at the counter")

tm.flow(buyer, tablet, purchase_decision, serial_labels, label="tapped on the tablet")
tm.flow(tablet, intake_api, purchase_decision, serial_labels, protocol="https")
tm.flow(intake_api, records, transaction, seller_details, bank_details)
tm.flow(
    intake_api,
    bank,
    payment,
    protocol="https",
    controls={c.Authentication(method="OAuth client credentials issued by the bank")},
)
tm.flow(check_service, police, police_report, protocol="smtp", label="suspect item report")

tm.flow(intake_api, dataset, stamp_photos, serial_labels)
tm.flow(model_hub, finetune, base_weights, protocol="https")
tm.flow(dataset, finetune, stamp_photos, serial_labels)
tm.flow(finetune, model_bucket, ocr_weights)
tm.flow(model_bucket, ocr_model, ocr_weights, label="loaded at start-up")
