"""Pharmacy home delivery with ID checks for controlled drugs: the first design.

The chain's delivery drivers take dispensed prescriptions from the branches to
patients' homes. Each driver signs in to a delivery app on a company-managed
phone (Entra ID single sign-on) and receives the day's manifest from the branch
dispensing system through the delivery sync API in the chain's Azure tenant.
For controlled drugs the app photographs the recipient's ID document and face,
and a face-and-document matching model from a vendor SDK, running on the phone,
decides whether they match; a failed check means the medicine goes back to the
branch. Delivery records, match results and ID images are uploaded over HTTPS
and kept in the cloud for controlled-drug audit. Branch pharmacists sign in to
an exceptions dashboard to see failed and returned deliveries and the images.
Stores are encrypted at rest; the SDK vendor was assessed at procurement and
pushes model updates to the SDK directly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy delivery driver ID check app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Driver app that checks recipients' ID before handing over controlled drugs.",
)

# ---------------------------------------------------------------- data assets
manifest = tg.Data(
    "Delivery manifest",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, address, phone, medicines and the controlled-drug flag.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
id_photo = tg.Data(
    "Recipient ID document photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
face_photo = tg.Data(
    "Recipient face photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
match_result = tg.Data(
    "ID match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Match or no match, with the SDK's similarity score.",
)
delivery_record = tg.Data(
    "Delivery record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Outcome, time, GPS position, driver, recipient name and the match result.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
driver_actions = tg.Data(
    "Driver delivery actions", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
exception = tg.Data("Delivery exception", sensitivity=tg.Sensitivity.REGULATED, kind="records")
resolution = tg.Data("Exception resolution note", sensitivity=tg.Sensitivity.PII, kind="records")
sign_in = tg.Data("Staff sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
sdk_update = tg.Data("SDK model update", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="unknown")

# ---------------------------------------------------------------- elements
with tm.boundary("Delivery round", trust=tg.Trust.UNTRUSTED):
    # The patient or their representative at the door.
    recipient = tm.add(tg.Actor("Recipient", role="patient or representative"))
    # Employed driver; works alone out of a van.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # Company-managed phone; caches the manifest and photos until it has signal.
    phone = tm.add(
        tg.Device(
            "Driver phone app",
            description="Android delivery app on MDM-managed phones.",
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA at shift start"),
                c.EncryptionAtRest(key_management="Android device encryption under MDM"),
            },
        )
    )
    # The vendor's face-and-document matcher, bundled in the app as an SDK.
    matcher = tm.add(
        tg.Model(
            "Face and document match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor's proprietary model shipped inside their SDK; runs on the phone.",
        )
    )

with tm.boundary("ID SDK vendor", trust=tg.Trust.PARTNER):
    # Vendor update service that pushes new model files to the SDK.
    vendor = tm.add(
        tg.ExternalService(
            "ID SDK vendor update service",
            provides=tg.ExternalCategory.MODEL_HUB,
            controls={c.SupplierAssessment(note="security questionnaire and DPIA at procurement")},
        )
    )

with tm.boundary("Microsoft Entra ID", trust=tg.Trust.PARTNER):
    # The chain's staff directory; signs in drivers and pharmacists.
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # API the phones sync with: hands out manifests, takes uploads.
    sync_api = tm.add(
        tg.Endpoint(
            "Delivery sync API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID OAuth bearer token")},
        )
    )
    # Delivery records kept for controlled-drug audit.
    records_db = tm.add(
        tg.DataStore(
            "Delivery records database",
            stores={delivery_record, manifest, exception, resolution},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # ID and face photos kept for audit.
    image_store = tm.add(
        tg.DataStore(
            "ID image storage",
            stores={id_photo, face_photo},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # Web app where branch pharmacists work through exceptions.
    dashboard = tm.add(
        tg.Service(
            "Exceptions dashboard",
            controls={
                c.Authentication(method="Entra ID single sign-on"),
                c.RBAC(note="pharmacist role"),
            },
        )
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # The branch patient medication record and dispensing system; source of deliveries.
    pmr = tm.add(tg.Service("Branch dispensing system"))
    # Branch pharmacist: follows up failed checks and returned medicines.
    pharmacist = tm.add(tg.Actor("Branch pharmacist", role="pharmacist"))

# ---------------------------------------------------------------- flows
tm.flow(pmr, sync_api, manifest, protocol="https", label="day's deliveries")
tm.flow(sync_api, records_db, manifest)

tm.flow(driver, phone, sign_in, driver_actions, label="touchscreen")
tm.flow(phone, idp, sign_in, protocol="https")
tm.flow(idp, phone, sign_in, protocol="https", label="token")
tm.flow(phone, sync_api, sign_in, protocol="https", label="manifest request")
tm.flow(sync_api, phone, manifest, protocol="https")
tm.flow(phone, driver, manifest, match_result, label="on the phone's touchscreen")

tm.flow(recipient, phone, id_photo, face_photo, label="photographed in person at the door")
tm.flow(phone, matcher, id_photo, face_photo, protocol="local")
tm.flow(matcher, phone, match_result, protocol="local")
tm.flow(vendor, matcher, sdk_update, protocol="https", label="model update")

tm.flow(phone, sync_api, delivery_record, match_result, protocol="https", label="upload")
tm.flow(phone, sync_api, id_photo, face_photo, protocol="https", label="image upload")
tm.flow(sync_api, records_db, delivery_record, match_result)
tm.flow(sync_api, image_store, id_photo, face_photo)
tm.flow(sync_api, pmr, delivery_record, protocol="https", label="delivery status")

tm.flow(pharmacist, dashboard, sign_in, resolution, protocol="https")
tm.flow(dashboard, idp, sign_in, protocol="https")
tm.flow(records_db, dashboard, exception, delivery_record)
tm.flow(image_store, dashboard, id_photo, face_photo)
tm.flow(dashboard, pharmacist, exception, id_photo, face_photo, protocol="https")
tm.flow(dashboard, records_db, resolution)
