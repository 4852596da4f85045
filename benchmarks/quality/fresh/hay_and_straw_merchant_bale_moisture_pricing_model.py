"""Hay and straw merchant: bale moisture grading and pricing model (first design).

The merchant buys hay and straw bales from farmers. At collection the driver
probes the bales with a Bluetooth moisture probe and photographs the stack on a
company handheld, which uploads readings, photos and the collection record to
our cloud. At the yard the load is weighed on the weighbridge. An in-house model
grades quality from the moisture readings and photos, and a pricing service
turns the grade, the weight and the merchant's price list into the offer. Farmers
see offers in the farmer app and accept or dispute them; the yard manager re-tests
disputed loads and records the result in the back office, which also runs bank
transfer payments. Re-tested loads feed periodic retraining of the model.
Controls: sign-in for farmers, handhelds and office staff, encryption at rest of
the loads database, the right to dispute with a re-test, and owner approval of
each payment batch in the bank's portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hay merchant bale moisture grading and pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Grades collected hay and straw loads from moisture and photos, "
    "prices offers to farmers, handles disputes and pays by bank transfer.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Bale moisture readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
photos = tg.Data("Bale stack photos", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
collection = tg.Data(
    "Collection record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Farmer, farm, bale type and count, time and place of collection.",
)
weight = tg.Data("Weighbridge ticket", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
grading_features = tg.Data(
    "Grading features",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Moisture readings per bale and the stack photos.",
)
grade = tg.Data("Quality grade", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
prices = tg.Data(
    "Price per tonne by grade",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
offer = tg.Data(
    "Load price offer",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
farmer_login = tg.Data("Farmer sign-in", sensitivity=tg.Sensitivity.PII, kind="credentials")
offer_response = tg.Data(
    "Offer acceptance or dispute", sensitivity=tg.Sensitivity.PII, kind="records"
)
bank_details = tg.Data(
    "Farmer bank details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
load_records = tg.Data(
    "Farmer and load records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Farmers, loads, readings, grades, offers, disputes and payments.",
)
disputes = tg.Data("Disputed loads", sensitivity=tg.Sensitivity.PII, kind="records")
retest = tg.Data(
    "Re-test result",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    description="The yard manager's re-probed moisture and revised grade for a disputed load.",
)
payment_batch = tg.Data(
    "Payment batch",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Payee names, sort codes, account numbers and amounts for accepted loads.",
)
payment_status = tg.Data("Payment status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_set = tg.Data(
    "Graded loads with re-test outcomes", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
artifact = tg.Data(
    "Grading model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers selling bales, using the farmer app on their own phones.
    farmer = tm.add(tg.Actor("Farmer", role="seller"))

with tm.boundary("Farms and collection lorries", trust=tg.Trust.UNTRUSTED):
    # Our collection driver, working on the farmer's premises.
    driver = tm.add(tg.Actor("Collection driver", role="driver"))
    # Bluetooth hay moisture probe pushed into each sampled bale.
    probe = tm.add(tg.Device("Moisture probe", fleet=True))
    # Company handheld running the collection app: camera, probe pairing, upload.
    handheld = tm.add(tg.Device("Driver handheld", fleet=True))

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The merchant's business bank, paying farmers by transfer.
    bank = tm.add(
        tg.ExternalService("Business bank", description="Bulk payments by bank transfer.")
    )

with tm.boundary("Merchant cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from the handhelds.
    intake = tm.add(
        tg.Endpoint(
            "Collection intake API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-handheld API key")},
        )
    )
    # Backend of the farmer app: offers, responses and bank details.
    farmer_api = tm.add(
        tg.Endpoint(
            "Farmer app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Grades a load from its moisture readings and photos.
    model = tm.add(
        tg.Model(
            "Bale grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted trees on moisture statistics plus an image "
            "classifier for mould, dust and colour; outputs grade A, B, C or reject.",
        )
    )
    # Combines grade, weight and price list into the offer shown to the farmer.
    pricing = tm.add(
        tg.Service(
            "Offer pricing service",
            controls={
                c.Contestability(
                    note="farmers can dispute an offer; the yard manager re-tests the load"
                )
            },
        )
    )
    # The merchant's prices per tonne for each grade, updated weekly.
    price_list = tm.add(tg.DataStore("Hay price list", stores={prices}))
    # Photos of each collected stack, kept as evidence and for training.
    photo_store = tm.add(tg.DataStore("Bale photo store", stores={photos}))
    # Farmers, loads, readings, offers, disputes, bank details and payments.
    loads_db = tm.add(
        tg.DataStore(
            "Loads and offers database",
            stores={load_records, readings, offer, bank_details, retest},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Office system: weighbridge tickets, dispute queue, re-tests and payment runs.
    back_office = tm.add(
        tg.Service(
            "Back office",
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.HumanInTheLoop(
                    approver="the owner, in the bank's portal", note="each payment batch"
                ),
            },
        )
    )
    # Periodic retraining of the grading model on re-tested loads.
    retraining = tm.add(tg.Pipeline("Grading model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Yard", trust=tg.Trust.INTERNAL):
    # Weighs each load on arrival at the yard.
    weighbridge = tm.add(tg.Device("Yard weighbridge", fleet=False))
    # Re-tests disputed loads and decides disputes.
    yard_manager = tm.add(tg.Actor("Yard manager", role="manager"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# collection
tm.flow(probe, handheld, readings, protocol="bluetooth le")
tm.flow(driver, handheld, collection, label="entered on the handheld")
tm.flow(handheld, intake, readings, photos, collection, protocol="https", controls={tls})
tm.flow(intake, photo_store, photos)
tm.flow(intake, loads_db, readings, collection)
tm.flow(weighbridge, back_office, weight, protocol="https")
tm.flow(back_office, loads_db, weight)

# grading and pricing
tm.flow(loads_db, pricing, readings, collection, weight)
tm.flow(photo_store, pricing, photos)
tm.flow(pricing, model, grading_features)
tm.flow(model, pricing, grade)
tm.flow(price_list, pricing, prices, label="price per tonne")
tm.flow(pricing, loads_db, offer, grade)
tm.flow(yard_manager, price_list, prices, protocol="https", label="weekly price update")

# farmer app
tm.flow(
    farmer, farmer_api, farmer_login, offer_response, bank_details, protocol="https", controls={tls}
)
tm.flow(farmer_api, farmer, offer, grade, readings, protocol="https", controls={tls})
tm.flow(loads_db, farmer_api, offer, grade, readings)
tm.flow(farmer_api, loads_db, offer_response, bank_details)

# disputes and re-tests
tm.flow(loads_db, back_office, disputes, load_records)
tm.flow(back_office, yard_manager, disputes, protocol="https", label="dispute queue")
tm.flow(yard_manager, back_office, retest, protocol="https", label="re-test result")
tm.flow(back_office, loads_db, retest, offer, label="revised offer")

# payments
tm.flow(loads_db, back_office, bank_details, offer, label="accepted loads")
tm.flow(back_office, bank, payment_batch, protocol="https", controls={tls})
tm.flow(bank, back_office, payment_status, protocol="https")
tm.flow(back_office, loads_db, payment_status)

# retraining
tm.flow(loads_db, retraining, training_set, label="loads with re-test outcomes")
tm.flow(photo_store, retraining, photos)
tm.flow(retraining, model, artifact, label="deploy")
