"""Equine vet practice: horse passport and vaccination record OCR, first design.

On yard visits our vets photograph the identity and vaccination pages of a horse's
passport with the practice app on their work phones. An upload API in the
practice's cloud account stores the photos and runs an open-weights document OCR
model that extracts the horse's identity (name, UELN, microchip) and each
vaccination entry; the vet checks the extracted entries in the app and confirms
them before they are written to the practice management system, a vendor-hosted
SaaS. The PMS's recall scheduler books due vaccinations and texts owners through
an SMS gateway. Competition organisers' entry systems query a horse's vaccination
status through a status API using a per-organiser API key, with rate limits.
Vets sign in with their practice Microsoft 365 accounts; photos are encrypted at
rest; reception staff work in the PMS with its built-in roles.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Equine vet passport and vaccination OCR",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "OCR of horse passports into the practice system, vaccination recalls, and "
        "a vaccination status API for competition organisers."
    ),
)

# ---------------------------------------------------------------- data assets
passport_photo = tg.Data(
    "Passport page photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Identity, owner and vaccination pages of a horse passport.",
)
extracted_entries = tg.Data(
    "Extracted passport entries",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Horse name, UELN, microchip number and vaccination entries read by OCR.",
)
confirmed_record = tg.Data(
    "Confirmed vaccination record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
horse_records = tg.Data(
    "Horse and owner records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
appointments = tg.Data("Vaccination appointments", kind="records", sensitivity=tg.Sensitivity.PII)
reminder = tg.Data("Vaccination reminder text", kind="records", sensitivity=tg.Sensitivity.PII)
status_query = tg.Data(
    "Vaccination status query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="UELN or microchip number and the competition date.",
)
status_answer = tg.Data(
    "Vaccination status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Whether the horse's flu vaccinations are in date, with the last dates.",
)
ocr_weights = tg.Data("OCR model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Yards and stables", trust=tg.Trust.UNTRUSTED):
    # The vet on a yard visit, taking the photos and confirming what was read.
    vet = tm.add(tg.Actor("Equine vet", role="vet"))
    # Practice-issued phones running the practice app, on mobile data.
    phone = tm.add(
        tg.Device(
            "Vet work phones",
            description="Practice app for photographing passports and confirming entries.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Organisers check vaccination status before accepting a horse's entry.
    organiser = tm.add(
        tg.Actor("Competition organiser entry system", role="organiser", human=False)
    )
    # Owners receive reminder texts for due vaccinations.
    owner = tm.add(tg.Actor("Horse owner", role="client"))
    # Public model hub the OCR weights are downloaded from.
    hub = tm.add(tg.ExternalService("Model hub", provides="model-hub"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the recall texts to owners' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Practice cloud account", trust=tg.Trust.INTERNAL):
    # Receives photos from the app, calls the OCR model, writes confirmed entries.
    upload_api = tm.add(
        tg.Endpoint(
            "Passport upload API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="practice Microsoft 365 account via OIDC"),
                c.InputValidation(note="image type and size checks"),
                c.HumanInTheLoop(approver="the attending vet"),
            },
        )
    )
    # Open-weights document OCR model, hosted on our own GPU instance.
    ocr = tm.add(
        tg.Model(
            "Passport OCR model",
            task="generative",
            origin="open-weights",
            description="Document model that turns passport page photos into structured fields.",
        )
    )
    # Keeps the original photos as evidence of what the passport said.
    photo_store = tm.add(
        tg.DataStore(
            "Passport photo store",
            stores={passport_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Public API for organisers, answering from the PMS.
    status_api = tm.add(
        tg.Endpoint(
            "Vaccination status API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="per-organiser API key"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The practice management system: horses, owners, vaccinations, diary.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={horse_records, confirmed_record, appointments},
            controls={c.RBAC(note="vendor's built-in staff roles")},
        )
    )
    # PMS feature that books due vaccinations and sends reminders.
    scheduler = tm.add(tg.Service("Vaccination recall scheduler"))

with tm.boundary("Practice office", trust=tg.Trust.INTERNAL):
    # Reception staff manage the diary and owners' details in the PMS.
    reception = tm.add(tg.Actor("Reception staff", role="receptionist"))

# ---------------------------------------------------------------- flows
tm.flow(vet, phone, passport_photo, label="photographs passport pages")
tm.flow(phone, upload_api, passport_photo, protocol="https")
tm.flow(upload_api, photo_store, passport_photo)
tm.flow(upload_api, ocr, passport_photo, protocol="grpc")
tm.flow(ocr, upload_api, extracted_entries, protocol="grpc")
tm.flow(upload_api, phone, extracted_entries, protocol="https")
tm.flow(phone, vet, extracted_entries, label="shown for checking")
tm.flow(vet, phone, confirmed_record, label="corrects and confirms")
tm.flow(phone, upload_api, confirmed_record, protocol="https")
tm.flow(
    upload_api,
    pms,
    confirmed_record,
    protocol="https",
    controls={c.Authentication(method="PMS vendor API key")},
)
tm.flow(hub, ocr, ocr_weights, protocol="https", label="download at deployment")

tm.flow(pms, scheduler, horse_records, confirmed_record, label="daily due-date scan")
tm.flow(scheduler, pms, appointments, label="books due vaccinations")
tm.flow(scheduler, sms, reminder, protocol="https")
tm.flow(sms, owner, reminder, protocol="sms")

tm.flow(reception, pms, appointments, horse_records, protocol="https")
tm.flow(pms, reception, appointments, horse_records, protocol="https")

tm.flow(organiser, status_api, status_query, protocol="https")
tm.flow(status_api, pms, status_query, protocol="https")
tm.flow(pms, status_api, confirmed_record, protocol="https")
tm.flow(status_api, organiser, status_answer, protocol="https")
