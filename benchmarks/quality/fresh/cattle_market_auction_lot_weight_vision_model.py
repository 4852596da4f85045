"""Cattle market lot weight and condition vision model: the first design.

A regional livestock market sells cattle in a sale ring, both to buyers round the
ring and to buyers bidding online. As each lot enters the ring, the ring scale
weighs the pen and an overhead camera films the animals. A capture service on the
market's site network joins the scale reading, the camera frames and the lot
details the market office entered, and asks a vision model (running on a GPU box
in the site server room) for an estimated weight per head and a condition grade.
The estimate is shown on the auctioneer's screen above the rostrum and published,
with the live ring video, on the online bidding site the market runs in its cloud
account. Online bids come back to the auctioneer's screen. Every night, frames and
scale weights are uploaded to cloud storage, and the model is retrained and pushed
back to the site box. Online buyers sign in with e-mail and password; the cloud
database is encrypted at rest and office staff have their own accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cattle market lot weight and condition vision model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Estimates each lot's weight per head and condition grade from the ring camera "
        "and scale, for the auctioneer's screen and the online bidding page."
    ),
)

# ---------------------------------------------------------------- data assets
ring_frames = tg.Data(
    "Ring camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Overhead video of each lot in the sale ring; stockmen are sometimes in shot.",
)
scale_reading = tg.Data(
    "Ring scale weight reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lot_registration = tg.Data(
    "Lot registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lot number, seller name and holding number, ear tag numbers, head count.",
)
estimate = tg.Data(
    "Weight and condition estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Estimated liveweight per head and a condition grade for the lot.",
)
lot_display = tg.Data(
    "Lot display",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lot number, head count, estimated weight, grade and the current online bid.",
)
lot_listing = tg.Data(
    "Public lot listing",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Catalogue entry with the estimate and grade, as buyers see it.",
)
ring_video = tg.Data("Live ring video stream", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
online_bid = tg.Data(
    "Online bid",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
buyer_account = tg.Data(
    "Buyer account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, business, CPH number, e-mail, password hash and bidding limit.",
)
sale_result = tg.Data(
    "Sale result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hammer price per head and the buyer of each lot.",
)
training_data = tg.Data(
    "Frames paired with scale weights",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera frames of each lot labelled with the ring scale weight and the grader's grade.",
)
model_artifact = tg.Data(
    "Weight model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the vision model.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers, dealers and processors bidding from home or another market.
    buyer = tm.add(tg.Actor("Online buyer", role="buyer"))

with tm.boundary("Market site network", trust=tg.Trust.INTERNAL):
    # Films the lot as it walks round the ring; source of the model's input.
    camera = tm.add(
        tg.Device("Ring camera", fleet=False, description="PoE IP camera over the ring.")
    )
    # Weighs the whole pen on the ring floor; gives the model's reference weight.
    scale = tm.add(
        tg.Device(
            "Ring scale indicator",
            fleet=False,
            description="Load-cell weigh indicator under the ring floor, on the site LAN.",
        )
    )
    # Market office staff who book lots in as they arrive from the lairage.
    clerk = tm.add(tg.Actor("Market office clerk", role="office staff"))
    # The auctioneer, who reads the estimate out and takes bids round the ring.
    auctioneer = tm.add(tg.Actor("Auctioneer", role="auctioneer"))
    # Joins camera, scale and lot details, calls the model, drives the screen.
    capture = tm.add(
        tg.Service(
            "Lot capture service",
            description="Runs on the site server; staff sign in with their own accounts.",
            controls={c.Authentication(method="individual staff accounts with password")},
        )
    )
    # Estimates weight per head and condition grade from the frames.
    weight_model = tm.add(
        tg.Model(
            "Lot weight and condition model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="CNN on a GPU box in the site server room; buyers bid on its estimate.",
        )
    )
    # Screen above the rostrum showing the lot, the estimate and online bids.
    screen = tm.add(tg.Device("Auctioneer's screen", fleet=False))

with tm.boundary("Market cloud account", trust=tg.Trust.INTERNAL):
    # Lots, buyers, bids and results for every sale.
    lot_db = tm.add(
        tg.DataStore(
            "Sale database",
            stores={lot_registration, estimate, sale_result, online_bid, buyer_account},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The online bidding page and its API: catalogue, video and bid buttons.
    bidding = tm.add(
        tg.Endpoint(
            "Online bidding site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("Training environment", trust=tg.Trust.INTERNAL):
        # Nightly upload of frames and the scale weights that label them.
        archive = tm.add(tg.Dataset("Frame and weight archive", stores={training_data}))
        # Retrains the model on the growing archive.
        retraining = tm.add(tg.Pipeline("Nightly retraining job", stage=tg.Stage.TRAINING))
        # Holds each trained checkpoint for the site box to pull.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={model_artifact}))

# ---------------------------------------------------------------- flows
# in the ring
tm.flow(clerk, capture, lot_registration, label="books lot in")
tm.flow(camera, capture, ring_frames, protocol="rtsp")
tm.flow(scale, capture, scale_reading, protocol="tcp")
tm.flow(capture, weight_model, ring_frames, scale_reading)
tm.flow(weight_model, capture, estimate)
tm.flow(capture, screen, lot_display, protocol="http")
tm.flow(screen, auctioneer, lot_display, label="reads the screen")
tm.flow(auctioneer, capture, sale_result, label="enters hammer price on the rostrum touchscreen")

# to and from the cloud
tm.flow(capture, lot_db, lot_registration, estimate, sale_result, protocol="https")
tm.flow(lot_db, capture, online_bid, protocol="https", label="online bids for the lot in the ring")
tm.flow(lot_db, bidding, lot_listing, buyer_account)
tm.flow(capture, bidding, ring_video, protocol="rtmps")
tm.flow(bidding, lot_db, online_bid, buyer_account)

# online buyers
tm.flow(buyer, bidding, online_bid, buyer_account, protocol="https")
tm.flow(bidding, buyer, lot_listing, ring_video, protocol="https")

# retraining
tm.flow(capture, archive, training_data, protocol="https", label="nightly upload")
tm.flow(archive, retraining, training_data)
tm.flow(retraining, registry, model_artifact)
tm.flow(
    registry, weight_model, model_artifact, protocol="https", label="site box pulls new checkpoint"
)
