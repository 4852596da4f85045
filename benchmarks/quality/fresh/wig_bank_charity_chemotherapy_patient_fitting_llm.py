"""Wig bank charity: chemotherapy patient wig fitting, first design before security review.

A UK charity provides wigs to people losing their hair to chemotherapy. Patients, or a
relative, fill in a web form: contact details, hospital, treatment dates, head
measurements and a few photos of their head. A request service in the charity's cloud
account stores the request and photos, then sends photos, measurements and the wig stock
list to a hosted multimodal LLM, which suggests styles and cap sizes from stock.
Volunteer fitters sign in to a fitter portal from their own devices, review the
suggestion and book a clinic room at the partner hospital through its room calendar; the
patient is e-mailed the appointment by a transactional email service. A coordinator
keeps the stock list up to date in the same portal. Controls: TLS on each link, file type
and size checks on the form, provider-managed storage encryption, and e-mail and
password sign-in to the portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wig bank chemotherapy patient fitting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Web form requests from chemotherapy patients, LLM wig suggestions, "
    "volunteer-booked fittings at hospital clinics.",
)

# ---------------------------------------------------------------- data assets
wig_request = tg.Data(
    "Wig request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, phone, e-mail, address, hospital, chemotherapy start date, preferences.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
head_photos = tg.Data(
    "Head photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photos of the patient's head and hair, often taken during treatment.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
head_measurements = tg.Data(
    "Head measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Circumference, front-to-nape and ear-to-ear measurements.",
)
receipt = tg.Data("Request receipt", kind="records", sensitivity=tg.Sensitivity.PII)
style_prompt = tg.Data(
    "Wig suggestion prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the photos, the measurements and the stock list.",
)
suggestion = tg.Data(
    "Wig style and size suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
stock_list = tg.Data(
    "Wig stock list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Style, colour, cap size and condition of each wig held.",
)
stock_update = tg.Data("Stock update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fitting_booking = tg.Data(
    "Fitting booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Patient name, clinic, room, time and the fitter assigned.",
)
clinic_slots = tg.Data(
    "Clinic room availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
room_booking = tg.Data(
    "Clinic room booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Room, time and the patient's name for the clinic reception.",
)
confirmation = tg.Data("Appointment confirmation", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person asking for a wig, or a relative filling the form in for them.
    patient = tm.add(tg.Actor("Patient", role="chemotherapy patient"))
    # Volunteers work from home on their own phones and laptops.
    fitter = tm.add(tg.Actor("Volunteer fitter", role="volunteer"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Public page patients submit their request and photos through.
    request_form = tm.add(
        tg.Endpoint(
            "Wig request form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="JPEG/PNG/HEIC only, 10 MB per photo, required fields"),
            },
        )
    )
    # Saves the request, builds the prompt and records the LLM's suggestion.
    request_service = tm.add(
        tg.Service(
            "Request service",
            description="Stores each request, asks the LLM for a suggestion and "
            "puts the request in the fitters' queue.",
        )
    )
    # Object storage bucket for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={head_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Requests, measurements, suggestions and bookings.
    request_db = tm.add(
        tg.DataStore(
            "Request database",
            stores={wig_request, head_measurements, suggestion, fitting_booking},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What the wig bank holds, so suggestions point at real wigs.
    stock_db = tm.add(tg.DataStore("Wig stock catalogue", stores={stock_list}))
    # Where volunteers see requests and book fittings, and the coordinator edits stock.
    fitter_portal = tm.add(
        tg.Endpoint(
            "Fitter portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Staff member who runs the wig bank and keeps the stock list.
    coordinator = tm.add(tg.Actor("Wig bank coordinator", role="coordinator", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and suggests styles and sizes.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model called through the vendor API.",
        )
    )

with tm.boundary("Partner hospital", trust=tg.Trust.PARTNER):
    # The hospital's room-booking calendar for the clinic rooms lent to the charity.
    clinic_calendar = tm.add(
        tg.ExternalService(
            "Clinic room calendar",
            description="Hospital-run calendar of outpatient rooms the charity may use.",
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Sends the request receipts and appointment e-mails to patients.
    email_service = tm.add(tg.ExternalService("Transactional email service"))

# ---------------------------------------------------------------- flows
# Patient request
tm.flow(patient, request_form, wig_request, head_measurements, head_photos, protocol="https")
tm.flow(request_form, patient, receipt, protocol="https")
tm.flow(request_form, request_service, wig_request, head_measurements, head_photos)
tm.flow(request_service, photo_store, head_photos)
tm.flow(request_service, request_db, wig_request, head_measurements)

# LLM suggestion
tm.flow(stock_db, request_service, stock_list, label="current stock")
tm.flow(request_service, llm, style_prompt, protocol="https")
tm.flow(llm, request_service, suggestion, protocol="https")
tm.flow(request_service, request_db, suggestion, label="suggestion saved")

# Volunteer fitters
tm.flow(request_db, fitter_portal, wig_request, head_measurements, suggestion)
tm.flow(photo_store, fitter_portal, head_photos)
tm.flow(
    fitter_portal, fitter, wig_request, head_measurements, head_photos, suggestion, protocol="https"
)
tm.flow(fitter, fitter_portal, fitting_booking, protocol="https")
tm.flow(fitter_portal, request_db, fitting_booking)
tm.flow(clinic_calendar, fitter_portal, clinic_slots, protocol="https")
tm.flow(fitter_portal, clinic_calendar, room_booking, protocol="https")

# Stock management
tm.flow(coordinator, fitter_portal, stock_update, protocol="https")
tm.flow(fitter_portal, stock_db, stock_update)
tm.flow(stock_db, fitter_portal, stock_list)
tm.flow(fitter_portal, coordinator, stock_list, protocol="https")

# Notifications
tm.flow(request_service, email_service, receipt, protocol="https")
tm.flow(fitter_portal, email_service, confirmation, protocol="https")
tm.flow(email_service, patient, receipt, confirmation, protocol="smtp")
