"""Vintage clothing shop: garment authentication from seller photos (first design).

Members of the public offer designer garments to our shop through a web portal.
They register with an e-mail address, describe the item and upload close-up
photos of its labels, tags and stitching. An offer service sends the photos to
an in-house image classifier that estimates how likely the item is genuine, and
combines that estimate with resale prices from a marketplace data provider into
a suggested offer. A buyer reviews each submission in a back-office dashboard,
sets the final offer and, once the seller accepts and sends the garment, marks
it received; the seller's bank details are then paid by bank transfer through
our business bank's payments API. The buyer's final verdicts become labels for
periodic retraining of the classifier. Everything runs in one cloud account; the
portal and dashboard sit behind TLS, sellers and staff sign in, and the buyer
decides every offer. Sellers are UK/EU residents, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vintage garment authentication and offers",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Photo-based authenticity estimate and suggested offer for garments sold to the shop.",
)

# ---------------------------------------------------------------- data assets
seller_details = tg.Data(
    "Seller contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone and postal address of the seller.",
)
listing = tg.Data(
    "Item listing",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Brand, size, era, condition notes and asking price the seller typed.",
)
photos = tg.Data(
    "Label and stitching photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Close-ups of labels, care tags, hardware and seams, uploaded by the seller.",
)
score = tg.Data(
    "Authenticity estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Probability that the garment is genuine, per brand.",
)
price_data = tg.Data(
    "Resale price data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recent sold prices for comparable items.",
)
suggested_offer = tg.Data(
    "Suggested offer", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
final_offer = tg.Data(
    "Buyer offer decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accept or decline, the final offer amount and the buyer's notes.",
)
bank_details = tg.Data(
    "Seller bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Account name, sort code and account number, given when the offer is accepted.",
)
payment = tg.Data(
    "Bank transfer instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_status = tg.Data(
    "Transfer confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labels = tg.Data(
    "Authenticity labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Genuine or counterfeit, as the buyer judged it with the garment in hand.",
)
weights = tg.Data("Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register and offer an item, including people selling fakes.
    seller = tm.add(tg.Actor("Seller", role="member of the public"))

with tm.boundary("Marketplace data provider", trust=tg.Trust.PARTNER):
    # Supplies comparable sold prices that anchor the suggested offer.
    price_provider = tm.add(
        tg.ExternalService("Resale price data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Business bank", trust=tg.Trust.PARTNER):
    # Executes the transfer to the seller's account.
    bank = tm.add(tg.ExternalService("Bank payments API"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Where sellers register, submit items, see offers and give bank details.
    portal = tm.add(
        tg.Endpoint(
            "Seller portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Holds every uploaded photo; the dashboard and training read from it.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Submissions, offers, seller contacts and bank details.
    submissions = tm.add(
        tg.DataStore(
            "Submissions database",
            stores={seller_details, listing, score, suggested_offer, final_offer, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the classifier on new submissions and prices the suggested offer.
    offer_service = tm.add(
        tg.Service(
            "Offer service",
            description="Scores each new submission and computes a suggested offer from the estimate and comparable prices.",
        )
    )
    # The authenticity classifier: fine-tuned image model, in-house.
    classifier = tm.add(
        tg.Model(
            "Garment authenticity classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Estimates whether a designer garment is genuine or counterfeit from label and stitching photos.",
            controls={c.ModelVersioning()},
        )
    )
    # Back-office tool where the buyer reviews submissions and decides.
    dashboard = tm.add(
        tg.Service(
            "Buyer dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.HumanInTheLoop(
                    approver="buyer", note="the buyer sets every offer and marks garments received"
                ),
            },
        )
    )
    # Sends transfers for accepted, received garments.
    payout = tm.add(
        tg.Service(
            "Seller payout service",
            description="Pays sellers by bank transfer once the buyer marks the garment received.",
            controls={c.SecretsManagement(note="bank API key in the cloud secret manager")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos with the buyer's verdicts, for retraining.
        training_set = tm.add(tg.Dataset("Labelled authentication photos", stores={photos, labels}))
        # Fine-tunes the classifier every few months.
        training = tm.add(
            tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned classifier checkpoints that serving loads.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

with tm.boundary("Shop back office", trust=tg.Trust.INTERNAL):
    # Decides offers; judges the garment in hand when it arrives.
    buyer = tm.add(tg.Actor("Buyer", role="buyer"))

# ---------------------------------------------------------------- flows
tm.flow(seller, portal, seller_details, listing, photos, protocol="https")
tm.flow(portal, photo_store, photos)
tm.flow(portal, submissions, seller_details, listing)

tm.flow(submissions, offer_service, listing, label="new submissions")
tm.flow(photo_store, offer_service, photos)
tm.flow(offer_service, classifier, photos)
tm.flow(classifier, offer_service, score)
tm.flow(price_provider, offer_service, price_data, protocol="https")
tm.flow(offer_service, submissions, score, suggested_offer)

tm.flow(submissions, dashboard, seller_details, listing, score, suggested_offer)
tm.flow(photo_store, dashboard, photos)
tm.flow(dashboard, buyer, listing, photos, score, suggested_offer, protocol="https")
tm.flow(buyer, dashboard, final_offer, labels, protocol="https")
tm.flow(dashboard, submissions, final_offer)

tm.flow(submissions, portal, final_offer)
tm.flow(portal, seller, final_offer, protocol="https")
tm.flow(seller, portal, bank_details, protocol="https", label="accepts offer")
tm.flow(portal, submissions, bank_details, label="accepts offer")

tm.flow(submissions, payout, bank_details, final_offer)
tm.flow(payout, bank, payment, protocol="https")
tm.flow(bank, payout, payment_status, protocol="https")
tm.flow(payout, submissions, payment_status)

tm.flow(dashboard, training_set, labels)
tm.flow(photo_store, training_set, photos)
tm.flow(training_set, training, photos, labels)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy")
