"""Car wash number-plate entry: the first design, before any security review.

Each car wash site has an entry camera over the lane. An edge box on the site LAN pulls
the camera's stream, runs a plate-recognition model (an open-source detector and OCR
model we fine-tuned, shipped to sites as ONNX from our model registry) and sends the
plate it reads to the entry API in our cloud account, authenticated with a per-site API
key. The subscription and billing service looks the plate up: a monthly subscriber's car
is let in; a pay-as-you-go customer's saved card is charged through the payment provider
using the card token, and the barrier opens once the charge succeeds. Customers sign up,
register plates and save a card in the customer portal; card numbers go straight to the
provider's hosted fields. The edge box keeps a nightly copy of subscriber plates so that
subscribers still get in when the cloud is unreachable; pay-as-you-go cars are then
refused. Plate images are archived for 30 days for disputes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car wash plate-recognition entry",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "Entry cameras read number plates to open the barrier for subscribers and to charge "
        "pay-as-you-go customers' saved cards."
    ),
)

# ---------------------------------------------------------------- data assets
vehicle_image = tg.Data(
    "Entry lane video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames of the car at the barrier: plate, and often the driver through the windscreen.",
)
plate_read = tg.Data(
    "Plate read",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Registration number as read, with the model's confidence.",
)
entry_request = tg.Data(
    "Entry check request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate read, site id and lane.",
)
entry_decision = tg.Data(
    "Entry decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Open (subscriber or paid) or refuse, with the reason.",
)
open_command = tg.Data("Barrier open command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
plate_images = tg.Data("Archived plate images", kind="media", sensitivity=tg.Sensitivity.PII)
subscriber_list = tg.Data(
    "Subscriber plate list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registration numbers with an active monthly subscription.",
)
accounts = tg.Data(
    "Customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Name, e-mail, password hash, registered plates, plan, visit history.",
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for a customer's saved card.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card number, expiry and CVC, typed into the provider's hosted fields.",
)
wash_prices = tg.Data("Wash price list", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
charge_request = tg.Data("Charge request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
signup = tg.Data(
    "Sign-up and plate registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
model_file = tg.Data(
    "Plate-recognition model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone driving up to the entry lane, subscriber or not.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # The same people at home, managing their account in the portal.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the cards, issues tokens and charges them for us.
    psp = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Card vault and charges; hosted card fields in the portal.",
            controls={c.SupplierAssessment(note="PCI DSS Level 1 attestation reviewed")},
        )
    )

with tm.boundary("Car wash site LAN", trust=tg.Trust.INTERNAL):
    # IP camera over the entry lane.
    camera = tm.add(tg.Device("Entry camera", fleet=True))
    # The lane barrier, driven by a relay output on the edge box.
    barrier = tm.add(tg.Device("Entry barrier", fleet=True))
    # Small computer in the site cabinet: runs the model and talks to the cloud.
    edge = tm.add(
        tg.Service(
            "Site edge box",
            description="Decodes the stream, runs the plate model, asks the entry API, opens the barrier.",
            controls={
                c.FailClosed(
                    fallback="cloud unreachable: only plates on the cached subscriber list "
                    "open the barrier; pay-as-you-go cars are refused"
                )
            },
        )
    )
    # The plate-recognition model running on the edge box.
    plate_model = tm.add(
        tg.Model(
            "Plate-recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-source plate detector and OCR, fine-tuned on our own lane footage; "
            "its read decides who is charged.",
        )
    )
    # Nightly copy of subscriber plates for when the cloud cannot be reached.
    cache = tm.add(tg.DataStore("Subscriber plate cache", stores={subscriber_list}))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # The API the site edge boxes call for every car at the barrier.
    entry_api = tm.add(
        tg.Endpoint(
            "Site entry API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # Business logic: subscription check, pay-as-you-go charging, visit records.
    billing = tm.add(tg.Service("Subscription and billing service"))
    # Customers, plates, plans, card tokens, prices and visit history.
    account_db = tm.add(
        tg.DataStore(
            "Customer account database",
            stores={accounts, card_token, wash_prices},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Plate images kept for disputed charges.
    archive = tm.add(
        tg.DataStore(
            "Plate image archive",
            stores={plate_images},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Customer-facing web app for sign-up, plates and saved cards.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.InputValidation()},
        )
    )
    # Holds released versions of the plate model for the sites to pull.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Fine-tunes the plate model and publishes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# at the barrier
tm.flow(driver, camera, vehicle_image, label="drives into the entry lane")
tm.flow(camera, edge, vehicle_image, protocol="rtsp")
tm.flow(edge, plate_model, vehicle_image)
tm.flow(plate_model, edge, plate_read)
tm.flow(edge, entry_api, entry_request, protocol="https")
tm.flow(entry_api, billing, entry_request)
tm.flow(account_db, billing, accounts, card_token, wash_prices)
tm.flow(billing, psp, charge_request, card_token, protocol="https")
tm.flow(psp, billing, charge_result, protocol="https")
tm.flow(billing, account_db, accounts, label="visit and charge recorded")
tm.flow(billing, entry_api, entry_decision)
tm.flow(entry_api, edge, entry_decision, protocol="https")
tm.flow(edge, barrier, open_command, label="relay output")
tm.flow(edge, archive, plate_images, protocol="https")

# offline fallback
tm.flow(entry_api, edge, subscriber_list, protocol="https", label="nightly subscriber sync")
tm.flow(edge, cache, subscriber_list)
tm.flow(cache, edge, subscriber_list)

# customer portal
tm.flow(customer, portal, signup, protocol="https")
tm.flow(portal, customer, accounts, protocol="https")
tm.flow(customer, psp, card_details, protocol="https", label="hosted card fields")
tm.flow(psp, portal, card_token, protocol="https")
tm.flow(portal, account_db, accounts, card_token)
tm.flow(account_db, portal, accounts)

# model releases
tm.flow(ml_engineer, registry, model_file, protocol="https")
tm.flow(registry, plate_model, model_file, protocol="https", label="site pulls release")
