"""Dry-cleaning chain: garment tag tracking with an inspection model (first design).

At the shop counter, store staff take an order on a tablet, attach a barcode tag to
each garment and take an intake photo. A logistics partner's vans carry the bags
between shops and the central cleaning plant; the driver scans every tag at each
handover and the partner's platform forwards the scans to our tracking API.
At the plant, a camera station photographs every garment before cleaning; an
in-house vision model flags stains, damage and tags that do not match the intake
photo, and plant staff confirm each flag on their tablet before anything is sent.
Confirmed warnings and "ready for collection" updates go to the customer by SMS
with a link to an order page, where they see the photos and pay through the
payment provider's hosted checkout (we never see card numbers). Everything runs
in one cloud account; staff tablets sign in with store accounts, stores are
encrypted at rest, and API keys for the SMS and payment providers sit in the
cloud secrets manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dry-cleaner garment tag tracking",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Barcode garment tracking across shops, vans and plant, with a model "
    "that flags stains, damage and tag mismatches before cleaning.",
)

# ---------------------------------------------------------------- data assets
contact = tg.Data(
    "Customer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name and mobile number given at the counter.",
)
order = tg.Data(
    "Garment order record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Tag barcodes, garment descriptions, customer reference, price and status.",
)
tag_scan = tg.Data(
    "Tag handover scan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Barcode, place, time and who handed over to whom.",
)
manifest = tg.Data(
    "Collection manifest",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which bags to collect from which shop on each run.",
)
photos = tg.Data(
    "Garment photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Intake photos from the counter and plant photos before cleaning.",
)
flags = tg.Data(
    "Inspection flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stain, damage and tag-mismatch flags with confidence per garment.",
)
confirmation = tg.Data(
    "Staff flag confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Plant staff accept or dismiss each flag and add a note.",
)
notice = tg.Data(
    "Customer SMS notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Status or damage warning text with a link to the order page.",
)
order_view = tg.Data(
    "Order page view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order status, flagged photos and amount due.",
)
checkout = tg.Data("Payment session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
paid = tg.Data(
    "Payment confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Provider's event that the order was paid.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person who drops off and collects garments and pays by SMS link.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Shop", trust=tg.Trust.INTERNAL):
    # Counter staff who take orders and tag garments.
    store_staff = tm.add(tg.Actor("Store staff", role="counter staff"))
    # Shop tablet with barcode scanner and camera, running our staff app.
    counter_tablet = tm.add(
        tg.Device("Counter tablet", description="Managed tablet with the staff app.")
    )

with tm.boundary("Cleaning plant", trust=tg.Trust.INTERNAL):
    # Staff who receive, inspect and clean garments.
    plant_staff = tm.add(tg.Actor("Plant staff", role="plant operator"))
    # Tablet at the inspection bench showing flags for confirmation.
    plant_tablet = tm.add(tg.Device("Plant tablet"))
    # Fixed cameras and a barcode reader over the inspection bench.
    camera_station = tm.add(
        tg.Device(
            "Garment camera station",
            description="Photographs each garment and reads its tag before cleaning.",
        )
    )

with tm.boundary("Tracking platform (cloud)", trust=tg.Trust.INTERNAL):
    # The one API the tablets, camera station and partner platform call.
    tracking_api = tm.add(
        tg.Endpoint(
            "Garment tracking API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="store and plant accounts with e-mail and password; "
                    "API key for the logistics partner"
                ),
            },
        )
    )
    # Vision model that checks each plant photo against the intake photo and tag.
    inspection_model = tm.add(
        tg.Model(
            "Garment inspection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Flags stains, damage and garment/tag mismatches.",
            controls={
                c.HumanInTheLoop(
                    approver="plant staff confirm each flag before the customer is warned"
                )
            },
        )
    )
    # Orders, garments, customers and the status history.
    order_db = tm.add(
        tg.DataStore(
            "Order and garment database",
            stores={order, contact, tag_scan, flags},
            controls={
                c.EncryptionAtRest(key_management="cloud-managed keys"),
                c.DataVersioning(note="daily managed backups"),
            },
        )
    )
    # Object storage for intake and plant photos.
    photo_store = tm.add(
        tg.DataStore(
            "Garment photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Sends status updates and confirmed warnings by SMS.
    notifier = tm.add(
        tg.Service(
            "Notification service",
            controls={c.SecretsManagement(note="SMS API key in the cloud secrets manager")},
        )
    )
    # Public page the SMS link opens: status, photos and pay button.
    order_page = tm.add(
        tg.Endpoint(
            "Customer order page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="unguessable token in the SMS link"),
                c.SecretsManagement(note="payment API key in the cloud secrets manager"),
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers our texts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout; card data stays with the provider.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("Logistics partner", trust=tg.Trust.PARTNER):
    # Partner's dispatch platform that relays driver scans to us.
    logistics = tm.add(tg.ExternalService("Logistics partner platform"))
    # Driver's handheld that scans tags at each shop and plant handover.
    driver_handheld = tm.add(tg.Device("Van driver handheld scanner"))

# ---------------------------------------------------------------- flows
# Intake at the counter.
tm.flow(customer, store_staff, contact, label="at the counter")
tm.flow(store_staff, counter_tablet, contact, order, photos, label="order entry")
tm.flow(counter_tablet, tracking_api, contact, order, photos, protocol="https")
tm.flow(tracking_api, counter_tablet, order, flags, protocol="https", label="status and warnings")
tm.flow(counter_tablet, store_staff, order, flags, label="on the tablet screen")

# Transport between shops and plant.
tm.flow(tracking_api, logistics, manifest, protocol="https")
tm.flow(logistics, driver_handheld, manifest, protocol="https")
tm.flow(driver_handheld, logistics, tag_scan, protocol="https")
tm.flow(logistics, tracking_api, tag_scan, protocol="https", label="handover scans")

# Inspection at the plant.
tm.flow(camera_station, tracking_api, photos, tag_scan, protocol="https")
tm.flow(tracking_api, photo_store, photos)
tm.flow(photo_store, tracking_api, photos)
tm.flow(tracking_api, inspection_model, photos, order)
tm.flow(inspection_model, tracking_api, flags)
tm.flow(tracking_api, order_db, order, contact, tag_scan, flags, confirmation)
tm.flow(order_db, tracking_api, order, contact, flags)
tm.flow(tracking_api, plant_tablet, flags, photos, protocol="https")
tm.flow(plant_tablet, plant_staff, flags, photos, label="on the tablet screen")
tm.flow(plant_staff, plant_tablet, confirmation, label="on the tablet screen")
tm.flow(plant_tablet, tracking_api, confirmation, protocol="https")

# Customer updates and payment.
tm.flow(tracking_api, notifier, order, flags, label="status change or confirmed warning")
tm.flow(notifier, sms_gateway, notice, contact, protocol="https")
tm.flow(sms_gateway, customer, notice, protocol="sms")
tm.flow(customer, order_page, protocol="https", label="opens SMS link")
tm.flow(order_db, order_page, order, flags)
tm.flow(photo_store, order_page, photos)
tm.flow(order_page, customer, order_view, photos, protocol="https")
tm.flow(order_page, payments, checkout, protocol="https", label="create checkout")
tm.flow(payments, order_page, checkout, protocol="https", label="checkout URL")
tm.flow(customer, payments, card, protocol="https")
tm.flow(payments, order_page, paid, protocol="https", label="payment webhook")
tm.flow(order_page, order_db, paid)
