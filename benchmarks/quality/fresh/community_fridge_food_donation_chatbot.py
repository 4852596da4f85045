"""Community fridge food donation chatbot: the first design, before any security review.

A food-waste charity runs community fridges in public places where residents and
local shops leave surplus food. Donors and volunteers talk to a chatbot over a
messaging app: donors log what they left, with photos, and volunteers ask what
must come out of a fridge. The charity's backend, hosted in its cloud account,
sends the photos, the item details and the charity's food safety rules (use-by
dates, allergen labelling, no home-cooked meat) to a hosted multimodal LLM, and
relays its verdict to volunteers as a list of items to remove.
Temperature sensors in each fridge post readings over mobile data to the same
backend, and coordinators watch fridges and donations on a web dashboard.
Supermarket donations are arranged in a partner's surplus-food app, which posts
collection slots to a webhook. Controls so far: signed messaging webhooks,
API keys for the partner and the sensors, Google sign-in for the dashboard,
a volunteer allowlist, upload checks and the cloud's default disk encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community fridge food donation chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chatbot that logs food donations and checks them against food safety rules "
    "with an LLM, plus fridge temperature monitoring and supermarket collection slots.",
)

# ---------------------------------------------------------------- data assets
donation_message = tg.Data(
    "Donation message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What was donated, at which fridge, with the sender's phone number and name.",
)
food_photos = tg.Data(
    "Food photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of labels, packaging and fridge shelves taken by donors and volunteers.",
)
volunteer_check = tg.Data(
    "Volunteer fridge check",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A volunteer's request to check a fridge, with shelf photos and their number.",
)
safety_rules = tg.Data(
    "Food safety rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The charity's acceptance rules, written into the LLM's system prompt.",
)
check_prompt = tg.Data(
    "Safety check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Rules, item details and photos sent to the LLM.",
)
verdict = tg.Data(
    "Safety verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per item: accept or remove, and why (expired, allergen unlabelled, home-cooked meat).",
)
bot_reply = tg.Data(
    "Chatbot reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Thanks to donors; the list of items to remove for volunteers; collection slot offers.",
)
donation_records = tg.Data(
    "Donation records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Donation log with donor and volunteer phone numbers, names, items and verdicts.",
)
temperatures = tg.Data(
    "Fridge temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
collection_slots = tg.Data(
    "Collection slots",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Store, time window and quantity for supermarket surplus pick-ups.",
)
dashboard_view = tg.Data(
    "Dashboard view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Donation log, verdicts, photos and temperature alerts shown to coordinators.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents and shop staff who leave food; anyone with the fridge's QR code can message.
    donor = tm.add(tg.Actor("Donor", role="resident or shop donor"))
    # Volunteers who clean and stock the fridges and remove unsafe items.
    volunteer = tm.add(tg.Actor("Volunteer", role="fridge volunteer"))
    # Charity staff who run the fridge network from the dashboard.
    coordinator = tm.add(tg.Actor("Fridge coordinator", role="charity staff"))

with tm.boundary("Community fridge sites", trust=tg.Trust.UNTRUSTED):
    # Battery sensors inside each fridge in public places; they report over mobile data.
    sensors = tm.add(
        tg.Device(
            "Fridge temperature sensors",
            fleet=True,
            description="One LTE-M sensor per fridge, posting a reading every 10 minutes.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # The messaging app's business platform carries every chat to and from the bot.
    messaging = tm.add(
        tg.ExternalService(
            "Messaging business platform",
            description="Delivers chats to our webhook and sends the bot's replies.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the food safety reading of photos and labels.
    llm = tm.add(
        tg.LLM(
            "Food safety LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A hosted multimodal model reading photos and labels against the rules.",
        )
    )

with tm.boundary("Supermarket partner", trust=tg.Trust.PARTNER):
    # The surplus-food app the supermarkets use to offer pick-ups to charities.
    partner_app = tm.add(
        tg.ExternalService(
            "Surplus food partner app",
            description="Posts collection slots for supermarket donations to our webhook.",
        )
    )

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # Runs the conversations, builds the safety check and logs every donation.
    backend = tm.add(
        tg.Service(
            "Chatbot backend",
            description="Handles messaging webhooks, calls the LLM, writes the donation log.",
            controls={
                c.RBAC(note="only numbers on the volunteer list get fridge checks and slot offers"),
                c.InputValidation(note="photo type and size checks on uploads"),
            },
        )
    )
    # Receives collection slots from the partner app.
    partner_webhook = tm.add(
        tg.Endpoint(
            "Collection slot webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared API key in a request header")},
        )
    )
    # Receives temperature readings from the fridge sensors.
    sensor_ingest = tm.add(
        tg.Endpoint(
            "Sensor ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-sensor API key")},
        )
    )
    # Where coordinators see donations, verdicts, photos and temperature alerts, and edit the rules.
    dashboard = tm.add(
        tg.Service(
            "Fridge dashboard",
            description="Web app for coordinators; raises an alert when a fridge is above 8 C.",
            controls={c.Authentication(method="Google sign-in with charity Workspace accounts")},
        )
    )
    # The rules text the LLM is told to apply.
    rules_store = tm.add(tg.DataStore("Food safety rulebook", stores={safety_rules}))
    # Donation log, slots and temperature history.
    database = tm.add(
        tg.DataStore(
            "Charity operations database",
            stores={donation_records, temperatures, collection_slots},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Photos kept so coordinators can check the LLM's calls.
    photo_bucket = tm.add(
        tg.DataStore(
            "Donation photo bucket",
            stores={food_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# Donors and volunteers chat through the messaging platform.
tm.flow(donor, messaging, donation_message, food_photos, protocol="https")
tm.flow(messaging, donor, bot_reply, protocol="https")
tm.flow(volunteer, messaging, volunteer_check, food_photos, protocol="https")
tm.flow(messaging, volunteer, bot_reply, protocol="https")
tm.flow(
    messaging,
    backend,
    donation_message,
    volunteer_check,
    food_photos,
    protocol="https",
    label="webhook",
    controls={c.MessageIntegrity(note="webhook signature checked with the app secret")},
)
tm.flow(backend, messaging, bot_reply, protocol="https", label="send message API")

# The safety check.
tm.flow(rules_store, backend, safety_rules)
tm.flow(backend, llm, check_prompt, protocol="https")
tm.flow(llm, backend, verdict, protocol="https")
tm.flow(backend, photo_bucket, food_photos)
tm.flow(backend, database, donation_records)

# Supermarket collection slots.
tm.flow(partner_app, partner_webhook, collection_slots, protocol="https")
tm.flow(partner_webhook, backend, collection_slots)
tm.flow(backend, database, collection_slots, label="slot bookings")

# Fridge temperatures.
tm.flow(sensors, sensor_ingest, temperatures, protocol="https")
tm.flow(sensor_ingest, database, temperatures)

# Coordinators.
tm.flow(database, dashboard, donation_records, temperatures, collection_slots)
tm.flow(photo_bucket, dashboard, food_photos)
tm.flow(dashboard, coordinator, dashboard_view, protocol="https")
tm.flow(coordinator, dashboard, safety_rules, protocol="https", label="edits rules")
tm.flow(dashboard, rules_store, safety_rules)
