"""Tattoo removal clinic laser setting advisor: the first design, before any security review.

A chain of tattoo removal clinics in the UK and Ireland. At the consultation the
practitioner photographs the tattoo on a clinic tablet and records the client's
Fitzpatrick skin type, medical history and the signed consent form. The tablet
app sends these to the client record service in our cloud tenancy, which asks an
in-house model for suggested laser settings (wavelength, fluence, spot size and
an estimated number of sessions). The practitioner decides the settings and keys
them in on the laser's own control panel; the suggestion is advice only.
Photos and consent forms are kept with the client's record. Clients book and pay
for sessions on the clinic website; card payments go to a hosted payment page.
Controls in this design: client and staff sign-in, role-based access for staff,
TLS on every network hop, encrypted storage of records and photos, the laser's
own firmware limits, and the practitioner's decision on every setting.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tattoo removal clinic laser setting advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Suggests laser settings from tattoo photos and skin type; "
    "practitioners decide and set the laser; clients book and pay online.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data("Session booking", sensitivity=tg.Sensitivity.PII, kind="records")
client_account = tg.Data(
    "Client account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone, date of birth.",
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_confirmation = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
tattoo_photos = tg.Data(
    "Tattoo consultation photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Close-up photos of the tattoo and the surrounding skin.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
consultation = tg.Data(
    "Consultation record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Fitzpatrick skin type, medical history, medication, tattoo ink colours.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
consent_form = tg.Data("Signed consent form", sensitivity=tg.Sensitivity.PII, kind="documents")
suggestion = tg.Data(
    "Suggested laser settings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Wavelength, fluence, spot size and estimated session count.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
chosen_settings = tg.Data(
    "Chosen laser settings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
outcome = tg.Data(
    "Treatment outcome notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Settings used, skin reaction, fading seen at the next visit.",
)
training_set = tg.Data(
    "Settings training examples",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
    description="Past photos, skin types, settings used and outcomes.",
)
weights = tg.Data(
    "Advisor model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking and paying for sessions.
    client = tm.add(tg.Actor("Client", role="client"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page: card details never touch our systems.
    payments = tm.add(
        tg.ExternalService("Hosted payment page", description="Card payments for sessions.")
    )

with tm.boundary("Clinic premises", trust=tg.Trust.INTERNAL):
    # Trained laser practitioners who see clients and decide every setting.
    practitioner = tm.add(tg.Actor("Laser practitioner", role="practitioner"))
    # Clinic-owned tablet running the consultation app; camera for the photos.
    tablet = tm.add(
        tg.Device(
            "Consultation tablet",
            description="Managed iPad with the consultation app, one per treatment room.",
            controls={c.Authentication(method="device passcode and staff PIN")},
        )
    )
    # The treatment laser itself; settings are keyed in by hand, it has no network link.
    laser = tm.add(
        tg.Device(
            "Q-switched treatment laser",
            description="Nd:YAG / picosecond laser in each treatment room.",
            controls={
                c.SafetyLimits(
                    limits="manufacturer firmware caps fluence per handpiece and spot size"
                )
            },
        )
    )

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public booking and payment site for clients.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Back end of the consultation app: client records, photos, asks the advisor.
    records_service = tm.add(
        tg.Service(
            "Client record service",
            controls={
                c.Authentication(method="staff accounts via Microsoft 365 SSO"),
                c.RBAC(),
            },
        )
    )
    # Client records, bookings, consultation records and treatment history.
    client_db = tm.add(
        tg.DataStore(
            "Client records database",
            stores={client_account, booking, consultation, outcome},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly backups"),
            },
        )
    )
    # Object storage for tattoo photos and scanned consent forms.
    photo_store = tm.add(
        tg.DataStore(
            "Photo and consent form store",
            stores={tattoo_photos, consent_form},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The model that suggests settings; advice to the practitioner only.
    advisor = tm.add(
        tg.Model(
            "Laser setting advisor",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted model on photo features and skin type.",
            controls={c.HumanInTheLoop(approver="the treating practitioner")},
        )
    )
    # Past consultations and outcomes, exported for training.
    dataset = tm.add(tg.Dataset("Settings training set", stores={training_set}))
    # Quarterly retraining job run by the clinic's contractor data scientist.
    training = tm.add(tg.Pipeline("Advisor training job", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Booking and payment
tm.flow(client, website, client_account, booking, protocol="https", controls={tls})
tm.flow(website, client, booking, protocol="https", controls={tls}, label="confirmation")
tm.flow(client, payments, card_details, protocol="https", controls={tls})
tm.flow(payments, website, payment_confirmation, protocol="https", label="webhook")
tm.flow(website, client_db, client_account, booking)
tm.flow(client_db, website, booking, label="availability and bookings")

# Consultation
tm.flow(practitioner, tablet, tattoo_photos, consultation, consent_form)
tm.flow(tablet, records_service, tattoo_photos, consultation, consent_form, protocol="https")
tm.flow(records_service, photo_store, tattoo_photos, consent_form)
tm.flow(photo_store, records_service, tattoo_photos, consent_form)
tm.flow(records_service, client_db, consultation, outcome)
tm.flow(client_db, records_service, client_account, consultation, outcome)

# Setting suggestion and treatment
tm.flow(records_service, advisor, tattoo_photos, consultation)
tm.flow(advisor, records_service, suggestion)
tm.flow(records_service, tablet, suggestion, consultation, outcome, protocol="https")
tm.flow(tablet, practitioner, suggestion)
tm.flow(practitioner, laser, chosen_settings, label="keyed in on the control panel")
tm.flow(practitioner, tablet, chosen_settings, outcome, label="records the session")
tm.flow(tablet, records_service, chosen_settings, outcome, protocol="https")

# Training
tm.flow(client_db, dataset, training_set, label="quarterly export")
tm.flow(photo_store, dataset, tattoo_photos, label="quarterly export")
tm.flow(dataset, training, training_set)
tm.flow(training, advisor, weights, label="deploy")
