"""Dog grooming salon behaviour notes: the first design, before any security review.

A chain of dog grooming salons in the UK. After each session the groomer dictates
a note on the dog's behaviour, skin and coat into the salon tablet app (the
tablet's own dictation turns speech into text). A notes service in our cloud
account sends the note, with the dog's profile, to a hosted LLM that returns a
structured grooming record and a friendly message to the owner. The groomer
reads and edits the draft on the tablet and taps "send"; only then does the
message go out by SMS through an SMS provider. Owners book and manage their dogs
on the booking website. When the record flags a skin problem and the owner has
ticked the vet-sharing consent box, the groomer can send the note to the owner's
vet practice by e-mail. Staff and owners sign in with e-mail and password; the
customer database is encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog grooming salon behaviour notes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Groomer dictation turned into grooming records and owner SMS by an LLM.",
)

# ---------------------------------------------------------------- data assets
owner_details = tg.Data(
    "Owner contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, e-mail and home address of the dog's owner.",
)
owner_login = tg.Data(
    "Owner sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
booking = tg.Data("Grooming booking", kind="records", sensitivity=tg.Sensitivity.PII)
dog_profile = tg.Data(
    "Dog profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, breed, age, known allergies, past grooming records; linked to the owner.",
)
vet_consent = tg.Data(
    "Vet sharing consent",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The owner's consent to share skin notes with a named vet practice.",
)
dictated_note = tg.Data(
    "Dictated session note",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the groomer's dictation; may mention the owner by name.",
)
llm_prompt = tg.Data(
    "Note structuring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the dictated note and the dog profile.",
)
llm_output = tg.Data("LLM structured output", kind="model-output", sensitivity=tg.Sensitivity.PII)
grooming_record = tg.Data(
    "Structured grooming record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Behaviour, skin and coat fields, with a skin-problem flag.",
)
draft_message = tg.Data("Draft owner message", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_message = tg.Data("Approved owner message", kind="records", sensitivity=tg.Sensitivity.PII)
vet_note = tg.Data("Vet referral note", kind="documents", sensitivity=tg.Sensitivity.PII)
staff_login = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dog owners book online and receive the SMS after each session.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("Salon premises", trust=tg.Trust.INTERNAL):
    # Groomers dictate notes and check every draft before it is sent.
    groomer = tm.add(tg.Actor("Groomer", role="salon staff"))
    # Shared tablet at each grooming station running our salon app.
    tablet = tm.add(
        tg.Device(
            "Salon tablet app",
            fleet=True,
            description="Shared per-station tablet; groomers sign in with their own staff account.",
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("Salon cloud account", trust=tg.Trust.INTERNAL):
    # Public booking site where owners manage dogs, bookings and vet consent.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Backend for the tablet app: builds the prompt, stores records, sends approved SMS.
    notes_service = tm.add(
        tg.Service(
            "Notes service",
            description="Calls the LLM, stores the structured record, holds the draft until the groomer sends it.",
            controls={
                c.HumanInTheLoop(approver="the groomer who dictated the note"),
                c.SecretsManagement(note="LLM and SMS API keys in the cloud secret store"),
            },
        )
    )
    # Owners, dogs, bookings and consents for the whole chain.
    customer_db = tm.add(
        tg.DataStore(
            "Customer database",
            stores={owner_details, owner_login, booking, dog_profile, vet_consent, staff_login},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every dog's grooming history, with the structured records from the LLM.
    record_store = tm.add(
        tg.DataStore(
            "Grooming record store",
            stores={grooming_record, dictated_note},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Sends a flagged skin note to the owner's vet when the owner has consented.
    referral = tm.add(
        tg.Service(
            "Vet referral mailer",
            description="Checks the consent record, then e-mails the note to the practice on file.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that structures the note and drafts the message.
    llm = tm.add(
        tg.LLM(
            "Hosted note LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model called with a fixed system prompt and JSON output format.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers owner messages to mobile phones.
    sms = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Vet practice", trust=tg.Trust.PARTNER):
    # The owner's own vet; receives a note only with consent.
    vet = tm.add(tg.ExternalService("Owner's vet practice", description="Practice inbox."))

# ---------------------------------------------------------------- flows
tm.flow(
    owner,
    booking_site,
    owner_login,
    owner_details,
    booking,
    dog_profile,
    vet_consent,
    protocol="https",
)
tm.flow(booking_site, owner, booking, dog_profile, grooming_record, protocol="https")
tm.flow(booking_site, customer_db, owner_login, owner_details, booking, dog_profile, vet_consent)
tm.flow(customer_db, booking_site, owner_login, owner_details, booking, dog_profile, vet_consent)
tm.flow(record_store, booking_site, grooming_record, label="owner's view of past sessions")

tm.flow(groomer, tablet, dictated_note, label="dictation")
tm.flow(groomer, tablet, approved_message, label="edits and taps send")
tm.flow(tablet, groomer, draft_message, grooming_record, label="draft shown for checking")
tm.flow(tablet, notes_service, staff_login, dictated_note, approved_message, protocol="https")
tm.flow(notes_service, tablet, dog_profile, draft_message, grooming_record, protocol="https")

tm.flow(customer_db, notes_service, dog_profile, owner_details, staff_login)
tm.flow(notes_service, llm, llm_prompt, protocol="https")
tm.flow(llm, notes_service, llm_output, protocol="https")
tm.flow(notes_service, record_store, grooming_record, dictated_note)
tm.flow(record_store, notes_service, grooming_record)
tm.flow(notes_service, sms, approved_message, owner_details, protocol="https")
tm.flow(sms, owner, approved_message, protocol="sms")

tm.flow(notes_service, referral, grooming_record, label="groomer sends flagged skin note")
tm.flow(customer_db, referral, vet_consent, owner_details)
tm.flow(referral, vet, vet_note, protocol="smtp+starttls")
