"""Tattoo studio chain: age check, consent form OCR and medical flag agent (first design).

A chain of UK tattoo studios. Clients book online (design, placement, date of
birth, contact details) and pay a deposit on the payment provider's hosted
checkout; the provider's webhook, whose signature we verify, confirms it. On the
day, front-desk staff scan the client's photo ID on a studio tablet with an ID
vendor's SDK, which checks the document and returns the age, and photograph the
signed health and consent form. The studio back end sends the photo to a cloud
OCR service, then hands the text to an LLM agent that, with the studio's
contraindication guidelines, flags medical conditions (blood thinners, diabetes,
pregnancy, allergies, skin conditions at the site) and writes them to the client
record. The artist reviews the flags and the form in the staff app and signs
off before starting. Staff sign in with their own e-mail and password; records
are in an encrypted cloud database; all links use HTTPS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tattoo studio age check and consent agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online booking with deposit, in-studio ID age check, consent form OCR "
    "and an LLM agent flagging medical conditions for the artist.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, date of birth, design brief and placement.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout_session = tg.Data(
    "Deposit checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
deposit_webhook = tg.Data(
    "Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
id_document = tg.Data(
    "Photo ID image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Passport or driving licence, front and back.",
)
age_result = tg.Data(
    "ID age check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Document authenticity outcome, date of birth and over-18 yes/no.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
consent_form = tg.Data(
    "Signed health and consent form photo",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Handwritten medical questionnaire and signed consent; special-category health data.",
)
form_text = tg.Data("Consent form OCR text", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
client_record = tg.Data(
    "Client record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Booking, age check result, consent form, medical flags and sign-off.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
guidelines = tg.Data(
    "Contraindication guidelines", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
lookup_call = tg.Data("Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
booking_details = tg.Data("Booking details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
flag_call = tg.Data("Medical flag write", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
medical_flags = tg.Data(
    "Medical flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
appointment_view = tg.Data(
    "Appointment with flags and form", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
sign_off = tg.Data("Artist sign-off", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Clients booking online and turning up at the studio.
    client = tm.add(tg.Actor("Client", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for deposits; card data never reaches our systems.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Verification vendors", trust=tg.Trust.PARTNER):
    # ID vendor behind the tablet SDK: checks the document and reads the date of birth.
    id_check = tm.add(tg.ExternalService("ID document check service"))
    # Cloud OCR API that reads handwriting and ticks on the consent form.
    ocr = tm.add(tg.ExternalService("Cloud OCR service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the flag agent reasons with; data processing agreement in place.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Studio cloud", trust=tg.Trust.INTERNAL):
    # Public booking pages.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.InputValidation(note="form schema checks")},
        )
    )
    # Back end for bookings, deposits, check-in, OCR hand-off and the staff app.
    backend = tm.add(
        tg.Service(
            "Studio back end",
            controls={
                tg.controls.Authentication(method="staff e-mail and password"),
                tg.controls.RBAC(note="front desk, artist and manager roles"),
            },
        )
    )
    # Managed database with bookings, ID check results, forms, flags and sign-offs.
    records_db = tm.add(
        tg.DataStore(
            "Client records database",
            stores={booking, age_result, consent_form, client_record, medical_flags, sign_off},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The studio's list of conditions that need the artist's attention or a GP letter.
    guideline_store = tm.add(tg.DataStore("Contraindication guidelines", stores={guidelines}))
    # LLM agent that reads the OCR text and flags medical conditions for the artist.
    agent = tm.add(
        tg.Agent(
            "Medical flag agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the artist, who reviews the flags and the form before starting"
                )
            },
        )
    )
    # Read-only tool: fetches the booking (placement, design) for the client being checked in.
    lookup_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Writes the agent's medical flags onto the client record.
    flag_tool = tm.add(tg.Tool("Medical flag tool", capabilities={"write"}))

with tm.boundary("Studio", trust=tg.Trust.INTERNAL):
    # Front-desk staff who check clients in.
    front_desk = tm.add(tg.Actor("Front-desk staff", role="receptionist"))
    # Studio tablet running the check-in app with the ID vendor's SDK.
    tablet = tm.add(tg.Device("Front-desk tablet", fleet=True))
    # Tattoo artists, who must see the flags before starting.
    artist = tm.add(tg.Actor("Tattoo artist", role="artist"))
    # Staff app on the artists' studio phones: appointments, flags, sign-off.
    staff_app = tm.add(tg.Device("Staff app", fleet=True))

# ---------------------------------------------------------------- flows
# Booking and deposit
tm.flow(client, booking_site, booking, protocol="https")
tm.flow(booking_site, backend, booking, protocol="https")
tm.flow(backend, payments, checkout_session, protocol="https")
tm.flow(client, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    backend,
    deposit_webhook,
    protocol="https",
    label="webhook",
    controls={tg.controls.MessageIntegrity(note="provider signature verified")},
)
tm.flow(backend, records_db, booking, age_result, consent_form, client_record)
tm.flow(records_db, backend, client_record, medical_flags)

# Check-in at the studio
tm.flow(client, front_desk, id_document, consent_form, label="handed over at the counter")
tm.flow(front_desk, tablet, id_document, consent_form, label="scanned on the tablet camera")
tm.flow(tablet, id_check, id_document, protocol="https")
tm.flow(id_check, tablet, age_result, protocol="https")
tm.flow(tablet, backend, age_result, consent_form, protocol="https")
tm.flow(backend, tablet, booking, protocol="https", label="day's bookings")
tm.flow(tablet, front_desk, age_result, label="shown on the touchscreen")

# OCR and the flag agent
tm.flow(backend, ocr, consent_form, protocol="https")
tm.flow(ocr, backend, form_text, protocol="https")
tm.flow(backend, agent, form_text)
tm.flow(guideline_store, agent, guidelines)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(records_db, lookup_tool, booking)
tm.flow(lookup_tool, agent, booking_details)
tm.flow(agent, flag_tool, flag_call)
tm.flow(flag_tool, records_db, medical_flags)

# Artist review and sign-off
tm.flow(backend, staff_app, appointment_view, protocol="https")
tm.flow(staff_app, artist, appointment_view, label="shown on the screen")
tm.flow(artist, staff_app, sign_off, label="tapped on the screen")
tm.flow(staff_app, backend, sign_off, protocol="https")
