"""Farm shop honesty box payment vision: the first design, before any security review.

A farm runs an unstaffed roadside shop in a shed, with an honesty box for cash and
a leased card reader. Cameras and a shelf-weight system feed a small edge computer
in the shed, which runs a product detection model to estimate what each customer
took, reads card payments from the card provider's API and compares the two. When
a visit looks unpaid it sends an alert with a clip link to the farmer's phone; the
farmer watches the clip and decides what, if anything, to do. Nothing is automatic.
The card provider settles takings to the farm's bank. The family restock shelves
and record stock and prices in a shared cloud spreadsheet, which the edge computer
reads for item weights and prices. The cameras also record to a small cloud video
service, which keeps footage for 30 days and which the farmer signs in to with an
e-mail and password. Links to the cloud services use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Farm shop honesty box payment vision",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Flags likely non-payment at an unstaffed farm shop from video, shelf weights and card payments.",
)

# ---------------------------------------------------------------- data assets
shopper_video = tg.Data(
    "Shopper video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Footage of customers in the shed and at the honesty box.",
)
camera_frames = tg.Data("Camera frames", kind="media", sensitivity=tg.Sensitivity.PII)
shelf_events = tg.Data("Shelf weight events", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_payment = tg.Data(
    "Card payment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card details read by the provider's terminal; never reach the farm's systems.",
)
payment_notice = tg.Data(
    "Card payment notification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, time and masked card number of each payment.",
)
settlement = tg.Data(
    "Daily settlement transfer", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
basket_estimate = tg.Data(
    "Basket estimate", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data(
    "Non-payment alert with clip link",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Time, estimated value taken, value paid and a link to the clip.",
)
clip = tg.Data("Visit clip", kind="media", sensitivity=tg.Sensitivity.PII)
product_list = tg.Data(
    "Product price and weight list", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
stock_record = tg.Data("Stock record", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alert_history = tg.Data("Alert history", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Roadside", trust=tg.Trust.UNTRUSTED):
    # Anyone driving past can walk in; most pay, a few do not.
    customer = tm.add(tg.Actor("Shop customer", role="customer"))

with tm.boundary(
    "Farm shop shed", trust=tg.Trust.INTERNAL, description="Unstaffed, open to the public by day."
):
    # Two cameras over the shelves and one over the honesty box.
    cameras = tm.add(tg.Device("Shop cameras", description="Wi-Fi cameras on the shed LAN."))
    # Load cells under each shelf report weight changes.
    shelf_weights = tm.add(tg.Device("Shelf-weight system", fleet=False))
    # Small computer in the shed that ties the signals together.
    edge = tm.add(
        tg.Service(
            "Shop edge computer",
            description="Matches each visit's basket estimate against card payments.",
            controls={c.HumanInTheLoop(approver="the farmer, who reviews every clip")},
        )
    )
    # Estimates which products left the shelves during a visit.
    basket_model = tm.add(
        tg.Model(
            "Product pick-up detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights object detector fine-tuned on the shop's products.",
        )
    )
    # Keeps past alerts so the farmer can spot repeat visitors.
    alert_store = tm.add(tg.DataStore("Alert history store", stores={alert_history}))

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Leased terminal in the shed, managed by the provider.
    card_reader = tm.add(tg.Device("Card reader", fleet=False))
    # Takes the payments and exposes a transactions API.
    provider = tm.add(
        tg.ExternalService(
            "Card payment provider",
            provides=tg.ExternalCategory.GENERIC,
            controls={c.Authentication(method="API key for the farm's merchant account")},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Receives the provider's daily settlement.
    bank = tm.add(tg.ExternalService("Farm bank account"))

with tm.boundary("Cloud video service", trust=tg.Trust.PARTNER):
    # Continuous recording off site, in case the shed kit is stolen.
    video_cloud = tm.add(
        tg.ExternalService(
            "Cloud video recorder",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RetentionLimits(days=30),
            },
        )
    )

with tm.boundary("Cloud office suite", trust=tg.Trust.PARTNER):
    # Shared spreadsheet the family already used for stock.
    spreadsheet = tm.add(
        tg.DataStore(
            "Stock spreadsheet",
            stores={stock_record, product_list},
            controls={c.Authentication(method="family members' Google accounts")},
        )
    )

with tm.boundary("Farm household", trust=tg.Trust.INTERNAL):
    # Receives alerts and decides what to do about them.
    farmer = tm.add(tg.Actor("Farmer", role="owner", privileged=True))
    # The farmer's own phone, on the mobile network most of the day.
    phone = tm.add(tg.Device("Farmer's phone", fleet=False))
    # Restock the shelves and keep the spreadsheet up to date.
    family = tm.add(tg.Actor("Family member", role="restocker"))

# ---------------------------------------------------------------- flows
tm.flow(customer, cameras, shopper_video, label="filmed in the shed")
tm.flow(customer, shelf_weights, shelf_events, label="lifts items off the shelf in person")
tm.flow(customer, card_reader, card_payment, label="taps card at the reader in person")

tm.flow(card_reader, provider, card_payment, protocol="tls")
tm.flow(provider, bank, settlement, label="daily bank transfer")
tm.flow(provider, edge, payment_notice, protocol="https", label="polled every minute")

tm.flow(cameras, edge, camera_frames, protocol="rtsp")
tm.flow(shelf_weights, edge, shelf_events, protocol="mqtt")
tm.flow(cameras, video_cloud, shopper_video, protocol="https")

tm.flow(edge, basket_model, camera_frames)
tm.flow(basket_model, edge, basket_estimate)
tm.flow(spreadsheet, edge, product_list, protocol="https")
tm.flow(edge, alert_store, alert_history)
tm.flow(alert_store, edge, alert_history, label="repeat-visit lookup")

tm.flow(edge, phone, alert, protocol="https", label="push notification")
tm.flow(phone, video_cloud, alert, protocol="https", label="opens clip link")
tm.flow(video_cloud, phone, clip, protocol="https")
tm.flow(phone, farmer, alert, clip)

tm.flow(family, spreadsheet, stock_record, product_list, protocol="https")
tm.flow(spreadsheet, family, stock_record, protocol="https")
