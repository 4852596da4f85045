"""Cattery cat health cameras: the first design, before any security review.

A boarding cattery looks after cats while their owners travel. Every pen has an
IP camera on a separate camera VLAN; a small edge box in the office records the
streams and runs a behaviour model (bought from a pet-vision vendor, updated
over the internet) that flags a cat that has not eaten, has not used its litter
tray or shows signs of distress. Flags become alerts that a cloud alert service
pushes to the staff tablet; staff check the cat, write care notes and, when
needed, phone the cat's vet. Once a day a job picks a photo of each cat and
pairs it with the staff's health note; owners see both in the cattery app.
Controls: owners sign in with e-mail and password, the tablet signs in with its
own API key and a staff PIN, cloud traffic uses HTTPS, the cloud stores are
encrypted with the provider's keys and the booking database is backed up
nightly. Alerts are advice to staff: nothing is done to a cat automatically.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cattery cat health cameras",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Pen cameras and a welfare model alert cattery staff; owners get a daily photo and note.",
)

# ---------------------------------------------------------------- data assets
pen_video = tg.Data(
    "Pen camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous video of each pen; staff appear when cleaning and feeding.",
)
frames = tg.Data("Pen video frames", kind="media", sensitivity=tg.Sensitivity.PII)
flags = tg.Data(
    "Cat welfare flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pen number, flag (not eating, litter tray unused, distress) and confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clips = tg.Data("Flagged pen clips", kind="media", sensitivity=tg.Sensitivity.PII)
alert = tg.Data(
    "Welfare alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
snapshots = tg.Data("Daily pen snapshots", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
care_notes = tg.Data(
    "Cat care notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Feeding, litter, medication and behaviour observations written by staff.",
)
owner_records = tg.Data(
    "Owner and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, home address, phone, emergency contact, travel dates, cat's vet.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
owner_signin = tg.Data(
    "Owner sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.PII
)
daily_update = tg.Data(
    "Daily photo and health note",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
update_notice = tg.Data(
    "Daily update notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
clip_request = tg.Data("Clip request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
vet_call = tg.Data(
    "Vet call details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The cat's symptoms, the owner's name and consent for treatment.",
)
vet_advice = tg.Data("Vet advice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
model_update = tg.Data(
    "Cat behaviour model update", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owners away travelling, using the cattery app on their phones.
    owner = tm.add(tg.Actor("Cat owner", role="customer"))
    # The cat's own vet practice, which staff ring when a cat needs seeing.
    vet = tm.add(tg.Actor("Vet practice", role="veterinary surgeon"))

with tm.boundary("Pet-vision vendor", trust=tg.Trust.PARTNER):
    # The vendor ships retrained behaviour models to the edge box.
    vendor_updates = tm.add(
        tg.ExternalService("Vendor model update server", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # A mobile push service delivers alerts to the tablet and notices to owners' phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Cattery site network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Camera VLAN", trust=tg.Trust.INTERNAL):
        # One IP camera per pen, watching the food bowl and litter tray.
        cameras = tm.add(tg.Device("Pen cameras", fleet=True))

    # Office mini-PC that records the streams and runs the model on site.
    hub = tm.add(
        tg.Service(
            "Camera edge box",
            description="Records the pen streams, runs the welfare model, keeps flagged clips.",
        )
    )
    # The vendor's behaviour model, run locally on the edge box.
    welfare_model = tm.add(
        tg.Model(
            "Cat welfare detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Vendor-supplied weights. Flags not eating, litter tray not used and signs of distress per pen.",
        )
    )
    # Local disk on the edge box holding clips around each flag for staff to review.
    clip_store = tm.add(tg.DataStore("Flagged clip store", stores={clips}))
    # The shared tablet staff carry on their rounds.
    tablet = tm.add(
        tg.Device(
            "Staff tablet",
            fleet=False,
            controls={c.Authentication(method="4-digit staff PIN")},
        )
    )
    # Kennel hands and the duty manager.
    staff = tm.add(tg.Actor("Cattery staff", role="animal care staff"))

with tm.boundary("Cattery cloud", trust=tg.Trust.INTERNAL):
    # Backend of the cattery app for owners and the staff tablet.
    api = tm.add(
        tg.Endpoint(
            "Cattery app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password for owners; per-tablet API key for the staff tablet"
                )
            },
        )
    )
    # Turns edge-box flags into alerts for whoever is on duty.
    alerts = tm.add(tg.Service("Alert service"))
    # Bookings, owner details and the care notes for each stay.
    booking_db = tm.add(
        tg.DataStore(
            "Booking and care database",
            stores={owner_records, care_notes, owner_signin, daily_update},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly backups"),
            },
        )
    )
    # Bucket of daily snapshots for the owner updates.
    photo_store = tm.add(
        tg.DataStore(
            "Cat photo store",
            stores={snapshots},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Each evening picks the best snapshot per cat and pairs it with the day's note.
    daily_job = tm.add(tg.Service("Daily update job"))

# ---------------------------------------------------------------- flows
# cameras and the model on site
tm.flow(cameras, hub, pen_video, protocol="rtsp")
tm.flow(hub, welfare_model, frames, protocol="local")
tm.flow(welfare_model, hub, flags, protocol="local")
tm.flow(hub, clip_store, clips, protocol="local")
tm.flow(vendor_updates, hub, model_update, protocol="https", label="model download")
tm.flow(hub, welfare_model, model_update, protocol="local", label="install update")

# alerts to staff
tm.flow(hub, alerts, flags, protocol="https")
tm.flow(alerts, push, alert, protocol="https")
tm.flow(push, tablet, alert, protocol="https")
tm.flow(tablet, hub, clip_request, protocol="http")
tm.flow(clip_store, hub, clips, protocol="local")
tm.flow(hub, tablet, clips, protocol="http", label="flagged clip playback")
tm.flow(tablet, staff, alert, clips, label="shown on the touchscreen")
tm.flow(staff, tablet, care_notes, label="typed on the touchscreen")

# care notes and records
tm.flow(tablet, api, care_notes, protocol="https")
tm.flow(api, tablet, owner_records, care_notes, protocol="https", label="stay details")
tm.flow(api, booking_db, care_notes, owner_records)
tm.flow(booking_db, api, owner_records, care_notes, daily_update, owner_signin)

# the vet
tm.flow(staff, vet, vet_call, protocol="phone")
tm.flow(vet, staff, vet_advice, protocol="phone")

# owners' daily update
tm.flow(hub, photo_store, snapshots, protocol="https", label="daily snapshot upload")
tm.flow(photo_store, daily_job, snapshots)
tm.flow(booking_db, daily_job, care_notes, owner_records)
tm.flow(daily_job, booking_db, daily_update)
tm.flow(daily_job, push, update_notice, protocol="https")
tm.flow(push, owner, update_notice, protocol="https")
tm.flow(owner, api, owner_signin, protocol="https", label="sign in")
tm.flow(owner, api, owner_records, protocol="https", label="booking and contact details")
tm.flow(photo_store, api, snapshots)
tm.flow(api, owner, daily_update, protocol="https")
