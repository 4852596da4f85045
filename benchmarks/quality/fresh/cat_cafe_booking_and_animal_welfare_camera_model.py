"""Cat café booking and animal welfare cameras: the first design.

A cat café in Berlin takes table bookings on its website; visitors pay a deposit
on the payment provider's hosted checkout and manage a booking with its reference
and their e-mail address. Confirmations go out through an e-mail and SMS provider.
In the cat lounge, IP cameras stream over the café network to a small on-site box
that runs a fine-tuned detector to recognise each cat and track its activity,
eating and hiding. A welfare service turns this into per-cat records and stress
scores, shows alerts on the staff tablet and texts the duty manager; a capacity
controller automatically lowers the number of visitors the website will book when
cats look stressed, and staff can override it from the tablet. Video is not kept,
except short clips around an alert, deleted after 14 days; clips are labelled by
staff in a cloud workspace where the detector is fine-tuned each month.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cat café booking and animal welfare cameras",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Table booking site plus lounge cameras that watch the cats' welfare and cap "
        "visitor numbers when they look stressed."
    ),
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone number, party size and time slot.",
)
bookings = tg.Data("Bookings", sensitivity=tg.Sensitivity.PII, kind="records")
confirmation = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="documents")
checkout = tg.Data("Checkout session", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
card = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_status = tg.Data(
    "Deposit payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
video = tg.Data(
    "Lounge camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Visitors and staff are in view as well as the cats.",
)
frames = tg.Data("Decoded lounge frames", sensitivity=tg.Sensitivity.PII, kind="media")
detections = tg.Data(
    "Cat detections",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Which cat, where, and whether it is eating, moving or hiding.",
)
activity = tg.Data("Per-cat activity records", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
stress = tg.Data(
    "Per-cat stress and illness scores", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
alerts = tg.Data("Welfare alerts", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
clips = tg.Data("Alert video clips", sensitivity=tg.Sensitivity.PII, kind="media")
capacity = tg.Data(
    "Lounge capacity limit",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
override = tg.Data("Manual capacity override", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
labels = tg.Data(
    "Cat identity and behaviour labels", sensitivity=tg.Sensitivity.INTERNAL, kind="labels"
)
training_clips = tg.Data(
    "Labelled training clips", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
weights = tg.Data("Cat detector weights", sensitivity=tg.Sensitivity.INTERNAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can book a table.
    visitor = tm.add(tg.Actor("Visitor", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the café's systems.
    payments = tm.add(
        tg.ExternalService("Payment provider", description="Hosted checkout for deposits.")
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations by e-mail and welfare alerts by SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("Web hosting", trust=tg.Trust.INTERNAL):
    # Public booking pages, booking management and the capacity API.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="booking reference and e-mail address"),
                c.InputValidation(note="web framework form validation"),
            },
        )
    )
    # Bookings and the bookable capacity per slot.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, capacity},
            controls={c.EncryptionAtRest(key_management="hosting provider-managed keys")},
        )
    )

with tm.boundary("Café network", trust=tg.Trust.INTERNAL):
    # Staff on shift, using the café tablet and their phones.
    staff = tm.add(tg.Actor("Café staff", role="staff"))
    # Fixed IP cameras covering the cat lounge.
    cameras = tm.add(tg.Device("Lounge cameras", fleet=True))
    # On the on-site box: decodes streams, runs the detector, tracks each cat.
    welfare = tm.add(
        tg.Service(
            "Welfare tracking service",
            description="Tracks each cat across cameras and scores stress and illness signs.",
            controls={
                c.DataMinimization(note="frames discarded after tracking; only alert clips kept")
            },
        )
    )
    # Fine-tuned open-weights detector that recognises the cats and their behaviour.
    detector = tm.add(
        tg.Model(
            "Cat welfare detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Runs on the on-site box; misses mean a sick or stressed cat goes unnoticed.",
        )
    )
    # Per-cat activity history and alerts.
    welfare_store = tm.add(tg.DataStore("Welfare records store", stores={activity, stress, alerts}))
    # Short clips around alerts, for staff and the vet to look at.
    clip_archive = tm.add(
        tg.DataStore("Alert clip archive", stores={clips}, controls={c.RetentionLimits(days=14)})
    )
    # Sets how many visitors may be booked from the cats' stress scores.
    capacity_ctl = tm.add(tg.Service("Capacity controller"))
    # Web app on the café tablet: alerts, clips, per-cat trends, capacity override.
    dashboard = tm.add(
        tg.Endpoint(
            "Staff dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared staff PIN")},
        )
    )

with tm.boundary("Cloud ML workspace", trust=tg.Trust.INTERNAL):
    # Labelled clips of each cat, for fine-tuning.
    clip_dataset = tm.add(tg.Dataset("Labelled clip dataset", stores={training_clips, labels}))
    # Monthly fine-tuning of the detector and export to ONNX.
    fine_tuning = tm.add(
        tg.Pipeline(
            "Monthly detector fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
        )
    )

# ---------------------------------------------------------------- flows
# Booking.
tm.flow(visitor, website, booking_request, protocol="https")
tm.flow(website, booking_db, bookings)
tm.flow(booking_db, website, bookings, capacity)
tm.flow(website, payments, checkout, protocol="https")
tm.flow(visitor, payments, card, protocol="https")
tm.flow(
    payments,
    website,
    payment_status,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified by its SDK")},
)
tm.flow(website, visitor, confirmation, protocol="https")
tm.flow(website, messaging, confirmation, protocol="https")
tm.flow(messaging, visitor, confirmation, protocol="smtp")

# Welfare cameras.
tm.flow(cameras, welfare, video, protocol="rtsp")
tm.flow(welfare, detector, frames)
tm.flow(detector, welfare, detections)
tm.flow(welfare, welfare_store, activity, stress, alerts)
tm.flow(welfare, clip_archive, clips)
tm.flow(welfare, messaging, alerts, protocol="https")
tm.flow(messaging, staff, alerts, protocol="sms")

# Staff view.
tm.flow(welfare_store, dashboard, activity, stress, alerts)
tm.flow(clip_archive, dashboard, clips)
tm.flow(dashboard, staff, alerts, clips, protocol="https")
tm.flow(staff, dashboard, override, protocol="https")

# Visitor cap.
tm.flow(welfare, capacity_ctl, stress)
tm.flow(dashboard, capacity_ctl, override)
tm.flow(
    capacity_ctl,
    website,
    capacity,
    protocol="https",
    controls={c.Authentication(method="static API key")},
)
tm.flow(website, booking_db, capacity, label="capacity update")

# Labelling and fine-tuning.
tm.flow(clip_archive, clip_dataset, clips, protocol="https", label="weekly upload")
tm.flow(staff, clip_dataset, labels, protocol="https")
tm.flow(clip_dataset, fine_tuning, training_clips, labels)
tm.flow(fine_tuning, detector, weights, protocol="https", label="deploy")
