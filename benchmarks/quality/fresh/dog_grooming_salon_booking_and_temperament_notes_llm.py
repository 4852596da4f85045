"""Dog grooming salon: online booking and LLM temperament notes (first design).

A small UK grooming salon (two sites) replaces its paper diary with a booking web
app. Dog owners create an account, keep a profile per dog (breed, vet, vaccination
dates, anything the groomer should know) and book appointments, paying a deposit
on the payment provider's hosted checkout page; reminders go out by SMS.
In the grooming room, groomers dictate notes after each session into a shared
salon tablet. The backend sends the audio to a hosted speech-to-text API, keeps the
transcript, and asks a hosted LLM to turn a dog's past notes and its owner's notes
into a short temperament and handling summary shown to the next groomer.
Everything of ours runs on one managed cloud account (web app, API, database,
object storage). Owners sign in with e-mail and password; staff use one shared
salon login on the tablets; the salon owner administers the schedule. Traffic is
HTTPS, the database is encrypted at rest with nightly backups, and the payment
provider's webhooks are signature-checked.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog grooming salon booking and temperament notes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Owner bookings plus LLM summaries of groomers' dictated handling notes.",
)

# ---------------------------------------------------------------- data assets
owner_details = tg.Data(
    "Owner contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, mobile number and home address of the dog owner.",
)
owner_password = tg.Data(
    "Owner password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dog, service, site, time slot and the owner's account.",
)
owner_dog_notes = tg.Data(
    "Owner's notes about the dog",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text the owner types on the dog profile: 'nervous of dryers', medical issues.",
)
dog_profiles = tg.Data(
    "Dog profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Breed, age, vet practice, vaccination dates, linked to the owner.",
)
appointments = tg.Data("Appointments", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
checkout_session = tg.Data(
    "Deposit checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_confirmation = tg.Data(
    "Deposit payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
reminder = tg.Data("Appointment reminder SMS", kind="records", sensitivity=tg.Sensitivity.PII)
dictation = tg.Data(
    "Dictated grooming notes audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The groomer's voice; often names the owner and what they said at drop-off.",
)
transcript = tg.Data("Grooming note transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
summary_prompt = tg.Data(
    "Temperament summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the dog's past transcripts and the owner's notes.",
)
temperament_summary = tg.Data(
    "Temperament and handling summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E.g. 'snaps when paws are handled; muzzle for nails; owner ok with it'.",
)
day_sheet = tg.Data(
    "Groomer day sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Today's appointments with each dog's profile and temperament summary.",
)
schedule_changes = tg.Data("Schedule and staff rota changes", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dog owners book from their phones or laptops.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("Salon premises", trust=tg.Trust.INTERNAL):
    # Groomers dictate notes and read the day sheet at the grooming table.
    groomer = tm.add(tg.Actor("Groomer", role="groomer"))
    # The business owner runs the schedule, the rota and the prices.
    salon_owner = tm.add(tg.Actor("Salon owner", role="salon owner", privileged=True))
    # One shared tablet per grooming room, running the staff web app.
    tablet = tm.add(
        tg.Device(
            "Grooming room tablet",
            fleet=True,
            description="Android tablets on the salon Wi-Fi, browser pinned to the staff app.",
        )
    )

with tm.boundary("Salon cloud account", trust=tg.Trust.INTERNAL):
    # Public booking site and owner accounts; also hosts the salon owner's admin pages.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # API the tablets call for the day sheet and to upload dictation.
    staff_api = tm.add(
        tg.Endpoint(
            "Staff app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared salon login on the tablets")},
        )
    )
    # Bookings, deposits, reminders, and the note transcription and summary workflow.
    backend = tm.add(
        tg.Service(
            "Salon backend",
            description="Owners see their own dogs and bookings; staff and admin roles see all.",
            controls={c.RBAC()},
        )
    )
    # Owners, dogs, appointments, summaries and owner logins.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={
                owner_details,
                owner_password,
                dog_profiles,
                owner_dog_notes,
                appointments,
                temperament_summary,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly managed backups"),
            },
        )
    )
    # Object storage bucket holding the raw dictation and its transcripts.
    notes_store = tm.add(tg.DataStore("Grooming notes bucket", stores={dictation, transcript}))

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text for the groomers' dictation.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))
    # Hosted general-purpose LLM that writes the temperament summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Summarises a dog's past notes into temperament and handling advice.",
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Hosted checkout for deposits; card details never reach us.
    payments = tm.add(tg.ExternalService("Payment provider"))
    # Sends appointment reminders by text message.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
# Owner booking
tm.flow(owner, booking_site, owner_details, booking_request, owner_dog_notes, protocol="https")
tm.flow(booking_site, owner, confirmation, dog_profiles, protocol="https")
tm.flow(booking_site, backend, owner_details, booking_request, owner_dog_notes)
tm.flow(backend, booking_site, confirmation, dog_profiles)
tm.flow(backend, booking_db, owner_details, appointments, dog_profiles, owner_dog_notes)
tm.flow(booking_db, backend, owner_details, owner_password, appointments, dog_profiles)

# Deposits and reminders
tm.flow(backend, payments, checkout_session, protocol="https")
tm.flow(
    payments,
    backend,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider webhook signature verified")},
)
tm.flow(backend, sms, reminder, protocol="https")
tm.flow(sms, owner, reminder, protocol="sms")

# Salon owner administration
tm.flow(salon_owner, booking_site, schedule_changes, protocol="https")
tm.flow(booking_site, salon_owner, appointments, owner_details, protocol="https")

# Dictation and transcription
tm.flow(groomer, tablet, dictation, label="dictates at the grooming table")
tm.flow(tablet, staff_api, dictation, protocol="https")
tm.flow(staff_api, backend, dictation)
tm.flow(backend, notes_store, dictation, transcript)
tm.flow(backend, stt, dictation, protocol="https")
tm.flow(stt, backend, transcript, protocol="https")

# Temperament summary
tm.flow(notes_store, backend, transcript, label="past notes for the dog")
tm.flow(booking_db, backend, owner_dog_notes, temperament_summary)
tm.flow(backend, llm, summary_prompt, protocol="https")
tm.flow(llm, backend, temperament_summary, protocol="https")
tm.flow(backend, booking_db, temperament_summary)

# Day sheet for the next groomer
tm.flow(backend, staff_api, day_sheet)
tm.flow(staff_api, tablet, day_sheet, protocol="https")
tm.flow(tablet, groomer, day_sheet, label="on the tablet screen")
