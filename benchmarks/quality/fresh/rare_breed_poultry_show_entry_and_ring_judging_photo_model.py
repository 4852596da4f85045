"""Rare breed poultry show: online entries and a photo pre-sort for the judges.

Our poultry club runs one annual show. Exhibitors enter online: their contact
details and holding number, each bird's class and leg ring number, and the avian
influenza movement declaration the bird gatherings licence requires; they pay the
entry fees on the card provider's hosted checkout. The show secretary manages
entries in an admin console and e-mails the movement records to the animal
health agency when asked. On show morning stewards photograph every pen with club
tablets; an image classifier we fine-tune from a public pretrained model sorts
the pen photos by breed standard so each judge sees their classes in order, and
the judge's awards and breed corrections become next year's training labels.
Exhibitors sign in with e-mail and password, the payment webhook signature is
checked, judges use their own PIN, the committee shares one admin login, and the
entries database is encrypted at rest and backed up nightly.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Rare breed poultry show entries and judging photo model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online show entries with ring numbers and avian influenza declarations, "
    "and a breed pre-sort of pen photos for the judges.",
)

# ---------------------------------------------------------------- data assets
exhibitor_details = tg.Data(
    "Exhibitor details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail and the holding (CPH) number of their premises.",
)
entries = tg.Data(
    "Show entries and leg ring numbers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Class, breed, variety, sex and closed ring number of each bird entered.",
)
declaration = tg.Data(
    "Avian influenza movement declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Premises of origin, flock registration and a statement that the birds are "
    "from no restricted zone; kept for disease tracing.",
)
exhibitor_login = tg.Data(
    "Exhibitor sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
entry_confirmation = tg.Data("Entry confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_confirmation = tg.Data(
    "Payment confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Paid amount and entry reference from the provider's payment webhook.",
)
entry_changes = tg.Data("Entry amendments", kind="records", sensitivity=tg.Sensitivity.PII)
movement_records = tg.Data(
    "Movement records for the animal health agency",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
catalogue = tg.Data(
    "Judging catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pen numbers with class, breed and variety; no exhibitor names.",
)
pen_photos = tg.Data("Pen photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
presort = tg.Data(
    "Breed standard pre-sort scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
awards = tg.Data(
    "Judges' awards and breed corrections",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_photos = tg.Data(
    "Labelled pen photos", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
base_weights = tg.Data(
    "Pretrained vision model weights", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
model_artifact = tg.Data(
    "Breed classifier checkpoint", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members and visitors from other clubs who enter birds.
    exhibitor = tm.add(tg.Actor("Exhibitor", role="exhibitor"))

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Takes entry fees on its hosted checkout; card numbers never reach us.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Animal health agency", trust=tg.Trust.PARTNER):
    # The government agency that may ask for movement records for disease tracing.
    agency = tm.add(tg.ExternalService("Animal health agency"))

with tm.boundary("Model hub", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained image model we fine-tune comes from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Club hosting", trust=tg.Trust.INTERNAL):
    # The show's entry site exhibitors sign in to.
    entry_site = tm.add(
        tg.Endpoint(
            "Show entry website",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(
                    note="class codes checked against the schedule, ring numbers against the ring size format"
                ),
            },
        )
    )
    # Every exhibitor, entry and declaration for the show.
    entries_db = tm.add(
        tg.DataStore(
            "Show entries database",
            stores={
                exhibitor_details,
                entries,
                declaration,
                payment_confirmation,
                exhibitor_login,
                awards,
            },
            controls={
                tg.controls.EncryptionAtRest(
                    key_management="hosting provider's default disk encryption"
                ),
                tg.controls.DataVersioning(note="nightly backup"),
            },
        )
    )
    # Where the secretary checks entries, prints pen cards and exports the movement records.
    admin_console = tm.add(
        tg.Service(
            "Show admin console",
            controls={tg.controls.Authentication(method="shared committee login with password")},
        )
    )
    # Receives pen photos on show morning and shows each judge their classes, pre-sorted.
    judging_app = tm.add(
        tg.Service(
            "Judging app",
            controls={
                tg.controls.Authentication(
                    method="judge's own PIN issued on show morning; per-tablet API key for steward tablets"
                )
            },
        )
    )
    # The show's pen photos, kept as next year's training material.
    photo_store = tm.add(tg.DataStore("Pen photo store", stores={pen_photos}))
    # Orders pen photos by how well each bird matches its breed standard.
    breed_model = tm.add(
        tg.Model(
            "Breed standard photo classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the class judge",
                    note="the pre-sort only orders the photos; the judge handles every bird and awards the placings",
                )
            },
        )
    )
    # Last year's photos with the judges' breed labels.
    training_set = tm.add(tg.Dataset("Labelled pen photo set", stores={training_photos}))
    # A volunteer's notebook job that fine-tunes the pretrained model each spring.
    finetune = tm.add(
        tg.Pipeline(
            "Breed classifier fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
        )
    )
    # Cloud bucket holding the checkpoint the judging app loads.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_artifact}))

with tm.boundary("Club committee", trust=tg.Trust.INTERNAL):
    # Runs the show's entries and answers the agency.
    secretary = tm.add(tg.Actor("Show secretary", role="secretary", privileged=True))

with tm.boundary("Show hall", trust=tg.Trust.INTERNAL):
    # Club tablets the stewards photograph each pen with; they upload over a mobile hotspot.
    steward_tablet = tm.add(tg.Device("Steward tablet", fleet=True))
    # Judges each class; the pre-sort only helps them find the birds.
    judge = tm.add(tg.Actor("Judge", role="judge"))

# ---------------------------------------------------------------- flows
tm.flow(
    exhibitor,
    entry_site,
    exhibitor_login,
    exhibitor_details,
    entries,
    declaration,
    protocol="https",
)
tm.flow(entry_site, exhibitor, entry_confirmation, protocol="https")
tm.flow(entry_site, payments, checkout_request, protocol="https")
tm.flow(exhibitor, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    entry_site,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="the provider SDK verifies the webhook signature")},
)
tm.flow(
    entry_site,
    entries_db,
    exhibitor_login,
    exhibitor_details,
    entries,
    declaration,
    payment_confirmation,
)
tm.flow(entries_db, entry_site, exhibitor_login, exhibitor_details, entries)

tm.flow(secretary, admin_console, entry_changes, protocol="https")
tm.flow(admin_console, secretary, exhibitor_details, entries, movement_records, protocol="https")
tm.flow(admin_console, entries_db, entry_changes)
tm.flow(entries_db, admin_console, exhibitor_details, entries, declaration, awards)
tm.flow(secretary, agency, movement_records, protocol="smtp+starttls", label="e-mailed on request")

tm.flow(entries_db, judging_app, catalogue, label="export before the show")
tm.flow(steward_tablet, judging_app, pen_photos, protocol="https")
tm.flow(judging_app, photo_store, pen_photos)
tm.flow(photo_store, judging_app, pen_photos)
tm.flow(judging_app, breed_model, pen_photos)
tm.flow(breed_model, judging_app, presort)
tm.flow(judging_app, judge, pen_photos, presort, catalogue, protocol="https")
tm.flow(judge, judging_app, awards, protocol="https")
tm.flow(judging_app, entries_db, awards)

tm.flow(photo_store, training_set, training_photos, label="after the show")
tm.flow(judging_app, training_set, awards, label="breed corrections as labels")
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(training_set, finetune, training_photos, awards)
tm.flow(finetune, model_bucket, model_artifact)
tm.flow(model_bucket, breed_model, model_artifact, label="loaded at start-up")
