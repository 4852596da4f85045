"""Freight load-matching marketplace: the first design, before any security review.

We are a digital freight broker. Shippers post loads (lanes, pickup windows,
commodity, weight) through our web app and API and get an instant rate quote
from an in-house pricing model. A matching model ranks carriers for each load
using their lane history and the live truck positions we pull from the carriers'
ELD telematics providers; the top carriers get an offer and accept or bid.
Carriers onboard through a portal: they upload their certificate of insurance,
operating authority and W-9, and grant us access to their ELD account. The
onboarding service checks MC/DOT authority and insurance with a verification
vendor, and a carrier-onboarding specialist approves each carrier by hand.
Everything runs in our AWS account; models are retrained weekly from historical
loads and rates. Users sign in with OIDC, external traffic is HTTPS, and the
databases and document bucket are encrypted with KMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Freight load-matching marketplace",
    profile=tg.RiskProfile.HIGH,
    description="Digital freight brokerage: instant rate quotes and carrier matching for shippers' loads.",
)

# ---------------------------------------------------------------- data assets
load_tender = tg.Data(
    "Load tender",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Origin, destination, pickup window, commodity, weight, shipper reference.",
)
rate_quote = tg.Data("Rate quote", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
carrier_ranking = tg.Data(
    "Carrier ranking", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
load_offer = tg.Data("Load offer", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
carrier_bid = tg.Data(
    "Carrier bid or acceptance", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
carrier_profile = tg.Data(
    "Carrier profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="MC/DOT numbers, owner-operator contact details, payout bank account.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
onboarding_docs = tg.Data(
    "Carrier onboarding documents",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Certificate of insurance, operating authority letter, W-9 with tax id.",
)
verification_result = tg.Data(
    "Authority and insurance verification", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
approval = tg.Data("Carrier approval decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
eld_grant = tg.Data(
    "ELD access token",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="OAuth token the carrier grants us in its ELD provider's portal.",
)
truck_locations = tg.Data(
    "Truck locations",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="GPS pings and hours-of-service status per truck and driver.",
)
load_history = tg.Data(
    "Historical loads and rates",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Pricing and matching model artifacts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM models saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shippers' logistics staff and TMS integrations post loads and take quotes.
    shipper = tm.add(tg.Actor("Shipper", role="shipper"))
    # Carrier dispatchers and owner-operators: anyone with an MC number can sign up.
    carrier = tm.add(tg.Actor("Carrier dispatcher", role="carrier"))

with tm.boundary("ELD telematics providers", trust=tg.Trust.PARTNER):
    # The carriers' ELD vendors; the only source of live truck positions.
    eld = tm.add(
        tg.DataSource(
            "ELD telematics APIs",
            origin=tg.Origin.PARTNER,
            provides={truck_locations},
            description="Several ELD vendors' location APIs, polled every five minutes.",
        )
    )

with tm.boundary("Verification vendor", trust=tg.Trust.PARTNER):
    # Checks operating authority and insurance on file against FMCSA and insurers.
    verifier = tm.add(
        tg.ExternalService(
            "Carrier verification service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Marketplace VPC", trust=tg.Trust.INTERNAL):
    # Public web app and API backend for shippers and carriers; calls both models.
    api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC"),
                c.InputValidation(note="JSON schema checks on load tenders and bids"),
            },
        )
    )
    # Quotes an all-in rate for a lane so shippers can book instantly.
    pricing = tm.add(
        tg.Model(
            "Pricing model",
            task=tg.Task.REGRESSOR,
            description="Predicts the market rate for a lane, date and equipment type.",
        )
    )
    # Ranks carriers for a load; the top five get the offer.
    matching = tm.add(
        tg.Model(
            "Matching model",
            task=tg.Task.RANKER,
            description="Scores carriers by lane history, acceptance rate and distance to pickup.",
        )
    )
    # Carrier portal backend: collects documents, runs the checks, records approval.
    onboarding = tm.add(
        tg.Service(
            "Carrier onboarding service",
            controls={
                c.Authentication(method="OIDC"),
                c.HumanInTheLoop(approver="carrier onboarding specialist"),
            },
        )
    )
    # Polls each ELD provider with the carrier's token and normalises positions.
    ingestion = tm.add(tg.Pipeline("Location ingestion job", stage=tg.Stage.INGESTION))
    # Latest position per truck, read by the matching model.
    location_store = tm.add(tg.DataStore("Truck location store", stores={truck_locations}))
    # System of record: loads, quotes, offers, carriers and their ELD tokens.
    db = tm.add(
        tg.DataStore(
            "Marketplace database",
            stores={
                load_tender,
                rate_quote,
                load_offer,
                carrier_bid,
                carrier_profile,
                verification_result,
                eld_grant,
                load_history,
            },
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # S3 bucket for the uploaded insurance and authority documents.
    doc_store = tm.add(
        tg.DataStore(
            "Carrier document bucket",
            stores={onboarding_docs},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Weekly retraining of both models on the latest loads, rates and acceptances.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; serving loads the current one at deploy time.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews documents and verification results, then approves or rejects carriers.
    specialist = tm.add(tg.Actor("Carrier onboarding specialist", role="carrier operations"))

# ---------------------------------------------------------------- flows
# shippers: post a load, get a quote and status back
tm.flow(shipper, api, load_tender, protocol="https")
tm.flow(api, shipper, rate_quote, load_offer, protocol="https", label="quote and booking status")

# pricing and matching
tm.flow(api, pricing, load_tender)
tm.flow(pricing, api, rate_quote)
tm.flow(api, matching, load_tender, carrier_profile, label="load and candidate carriers")
tm.flow(location_store, matching, truck_locations)
tm.flow(matching, api, carrier_ranking)
tm.flow(api, db, load_tender, rate_quote, load_offer, carrier_bid)
tm.flow(db, api, carrier_profile, load_tender, label="candidate carriers and open loads")

# carriers: offers out, bids and acceptances in
tm.flow(api, carrier, load_offer, protocol="https")
tm.flow(carrier, api, carrier_bid, protocol="https")

# carrier onboarding
tm.flow(carrier, onboarding, onboarding_docs, carrier_profile, eld_grant, protocol="https")
tm.flow(onboarding, carrier, approval, protocol="https", label="onboarding status")
tm.flow(onboarding, doc_store, onboarding_docs)
tm.flow(onboarding, verifier, carrier_profile, protocol="https", label="MC/DOT lookup")
tm.flow(verifier, onboarding, verification_result, protocol="https")
tm.flow(onboarding, specialist, onboarding_docs, verification_result, protocol="https")
tm.flow(specialist, onboarding, approval, protocol="https")
tm.flow(onboarding, db, carrier_profile, verification_result, eld_grant, approval)

# truck locations from the carriers' ELD providers
tm.flow(db, ingestion, eld_grant)
tm.flow(ingestion, eld, eld_grant, protocol="https", label="location API call")
tm.flow(eld, ingestion, truck_locations, protocol="https")
tm.flow(ingestion, location_store, truck_locations)

# retraining and deployment
tm.flow(db, training, load_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, pricing, model_artifact, label="deploy")
tm.flow(registry, matching, model_artifact, label="deploy")
