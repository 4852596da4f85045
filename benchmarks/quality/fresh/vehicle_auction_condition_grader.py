"""Vehicle auction condition grader: the first design, before any security review.

A US online used-car auction. Dealers and private sellers create a listing by
uploading walk-around photos of the car and answering an inspection
questionnaire through the seller upload API. A grading service runs our
in-house vision model over the photos and answers and produces a body and an
interior condition grade (1 to 5), which is saved with the listing. Bidders see
the photos and the grades on the auction site and bid on that basis. Sellers or
buyers can dispute a grade; the dispute team reviews the case in an internal
console and may override it. Overrides become labels for the quarterly
retraining of the model, which an ML engineer publishes through the registry.
Controls: seller and bidder accounts, upload type/size checks and quota,
encrypted photo storage, SSO with roles on the console, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vehicle auction condition grader",
    profile=tg.RiskProfile.HIGH,
    description="Grades used-car condition from seller photos and answers; grades drive bidding.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Vehicle photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Exterior and interior photos; may show plates, VINs, people and homes.",
)
answers = tg.Data(
    "Inspection answers",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Questionnaire: mileage, accidents, warning lights, known defects.",
)
seller_account = tg.Data(
    "Seller details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details and location of the dealer or private seller.",
)
grade = tg.Data(
    "Condition grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
listing = tg.Data(
    "Auction listing",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Vehicle description, photos, grades and current bids as bidders see them.",
)
bid = tg.Data("Bid", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
dispute = tg.Data(
    "Grade dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The complaint, the parties and any extra photos they attach.",
)
override = tg.Data(
    "Grade override",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Grading model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dealers and private sellers: anyone who signs up can list a car.
    seller = tm.add(tg.Actor("Seller", role="dealer or private seller"))
    # Registered bidders, who decide what to pay partly from the grade.
    bidder = tm.add(tg.Actor("Bidder", role="registered bidder"))

with tm.boundary("Auction platform", trust=tg.Trust.INTERNAL):
    # Where sellers create listings and upload photos and questionnaire answers.
    upload_api = tm.add(
        tg.Endpoint(
            "Seller upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="seller account password"),
                c.InputValidation(note="JPEG/HEIC only, 20 MB per photo, questionnaire schema"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # The public auction site: listings, photos, grades and bidding.
    auction_site = tm.add(
        tg.Endpoint(
            "Auction site",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="bidder account password")},
        )
    )
    # Object storage for the raw photos, served to bidders and to the grader.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Listings, seller details, grades, bids and dispute outcomes.
    listing_db = tm.add(
        tg.DataStore("Listing database", stores={listing, answers, seller_account, grade, bid})
    )
    # Fetches a new listing's photos and answers, calls the model, writes the grade.
    grading_service = tm.add(
        tg.Service("Grading service", description="Queue worker triggered by each new listing.")
    )
    # In-house vision model: body and interior condition grades from the photos.
    grader = tm.add(
        tg.Model(
            "Condition grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN fine-tuned on past graded listings; answers are side features.",
        )
    )
    # Internal tool where the dispute team sees a case and overrides a grade.
    dispute_console = tm.add(
        tg.Service(
            "Dispute console",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past photos with their final (possibly overridden) grades.
        training_set = tm.add(tg.Dataset("Graded photo training set", stores={photos, override}))
        # Quarterly retraining of the grader.
        training = tm.add(tg.Pipeline("Grader retraining", stage=tg.Stage.TRAINING))
        # Versions of the grader; the grading service loads the one marked current.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who decide disputes and can change any grade.
    dispute_agent = tm.add(tg.Actor("Dispute agent", role="dispute team", privileged=True))
    # Runs retraining and marks a new model version as current.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(seller, upload_api, photos, answers, seller_account, protocol="https")
tm.flow(upload_api, seller, listing, protocol="https", label="listing preview")
tm.flow(upload_api, photo_store, photos)
tm.flow(upload_api, listing_db, answers, seller_account)

tm.flow(photo_store, grading_service, photos)
tm.flow(listing_db, grading_service, answers)
tm.flow(grading_service, grader, photos, answers)
tm.flow(grader, grading_service, grade)
tm.flow(grading_service, listing_db, grade)

tm.flow(listing_db, auction_site, listing, grade)
tm.flow(photo_store, auction_site, photos)
tm.flow(auction_site, bidder, listing, photos, grade, protocol="https")
tm.flow(bidder, auction_site, bid, protocol="https")
tm.flow(auction_site, listing_db, bid)

tm.flow(seller, auction_site, dispute, protocol="https", label="dispute a grade")
tm.flow(bidder, auction_site, dispute, protocol="https", label="dispute a grade")
tm.flow(auction_site, dispute_console, dispute)
tm.flow(photo_store, dispute_console, photos)
tm.flow(listing_db, dispute_console, listing, grade)
tm.flow(dispute_console, dispute_agent, dispute, photos, grade, protocol="https")
tm.flow(dispute_agent, dispute_console, override, protocol="https", label="override decision")
tm.flow(dispute_console, listing_db, override, label="corrected grade")

tm.flow(dispute_console, training_set, override, label="override labels")
tm.flow(photo_store, training_set, photos)
tm.flow(training_set, training, photos, override)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, label="marks version current")
tm.flow(registry, grader, weights, label="load current version")
