"""Recycling bin contamination cameras: the first design, before any security review.

The council's recycling collections are run by a waste contractor. Each contractor
lorry carries a camera unit on the bin lift: when a bin is tipped it photographs the
contents, reads the bin's RFID tag and uploads the photo and the collection event over
4G to an upload API in the council's cloud tenancy. A flagging service runs the
in-house contamination model on each photo, matches the bin to its property and
household contact from the council's property and bin register (a nightly export),
records a flag and sends an advisory notice by e-mail through GOV.UK Notify.
Residents sign in to the council's My Account portal to see the photo and dispute a
flag. Waste education officers review flags and disputes in a back-office console and
must approve any suspension of a household's recycling collection; their confirmed
and overturned flags become labels for retraining. Controls in this design: TLS on
every external link, a per-vehicle API key on uploads, staff SSO with MFA, role-based
access in the console, encrypted image storage with a 180-day retention period.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recycling bin contamination cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Lorry cameras photograph tipped recycling bins; a model flags "
    "contamination and the council notifies the household.",
)

# ---------------------------------------------------------------- data assets
bin_photo = tg.Data(
    "Bin tip photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the bin contents as tipped; can show the street, the house "
    "front and passers-by, and is tied to a property through the bin tag.",
)
collection_event = tg.Data(
    "Collection event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bin RFID tag, vehicle, GPS position and time of the lift.",
)
property_register = tg.Data(
    "Property and bin register extract",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bin tag to UPRN, address and household contact details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
contamination_result = tg.Data(
    "Contamination result", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
contamination_flag = tg.Data(
    "Contamination flag",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Property, date, photo reference, model result and strike count.",
)
household_notice = tg.Data(
    "Household contamination notice", kind="documents", sensitivity=tg.Sensitivity.PII
)
dispute = tg.Data("Resident dispute", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Officer review decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flag confirmed or overturned; approval of a collection suspension.",
)
training_images = tg.Data(
    "Labelled contamination images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_weights = tg.Data(
    "Contamination model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion_approval = tg.Data("Model promotion approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Households whose bins are flagged; they read notices and dispute them.
    resident = tm.add(tg.Actor("Resident", role="household"))

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # The government's hosted e-mail, SMS and letter service, used for all notices.
    notify = tm.add(
        tg.ExternalService("GOV.UK Notify", description="Sends e-mail and letter notices.")
    )

with tm.boundary("Contractor collection fleet", trust=tg.Trust.PARTNER):
    # One unit per lorry: camera, RFID reader and 4G modem, maintained by the contractor.
    lorry_camera = tm.add(
        tg.Device(
            "Lorry bin-lift camera unit",
            description="Triggered by the bin lift; photographs the contents and "
            "reads the bin's RFID tag.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives photos and collection events from the fleet over 4G.
    upload_api = tm.add(
        tg.Endpoint(
            "Collection upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-vehicle API key")},
        )
    )
    # Keeps every bin photo for flagging, officer review and the resident portal.
    image_store = tm.add(
        tg.DataStore(
            "Bin photo store",
            stores={bin_photo, collection_event},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=180),
            },
        )
    )
    # Runs the model on new photos, matches bins to households and issues notices.
    flagging = tm.add(
        tg.Service(
            "Contamination flagging service",
            description="Sends an advisory notice on the first and second flag; "
            "a third flag goes to an officer for a suspension decision.",
        )
    )
    # The in-house image classifier that decides whether a bin is contaminated.
    model = tm.add(
        tg.Model(
            "Contamination detection model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Fine-tuned image classifier: clean, contaminated, or unclear.",
        )
    )
    # Flags, strike counts, disputes and officer decisions per property.
    case_store = tm.add(
        tg.DataStore(
            "Contamination case store",
            stores={contamination_flag, dispute, review_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Residents see their flags and photos here and lodge disputes.
    portal = tm.add(
        tg.Endpoint(
            "My Account bin portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="council My Account e-mail and password")},
        )
    )
    # Back-office web app where waste education officers work the flags.
    console = tm.add(
        tg.Service(
            "Waste team review console",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="waste education officer",
                    note="before a household's recycling collection is suspended",
                ),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos with officer-confirmed labels, used for retraining.
        dataset = tm.add(tg.Dataset("Labelled contamination image set", stores={training_images}))
        # Quarterly retraining job on the labelled set.
        training = tm.add(tg.Pipeline("Model retraining pipeline", stage=tg.Stage.TRAINING))
        # Versions of the model that the flagging service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # System of record for properties, bins and household contacts.
    bin_register = tm.add(tg.DataStore("Property and bin register", stores={property_register}))
    # Reviews flags and disputes, approves suspensions.
    officer = tm.add(tg.Actor("Waste education officer", role="council staff"))
    # Runs retraining and approves new model versions.
    data_scientist = tm.add(
        tg.Actor("Council data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(lorry_camera, upload_api, bin_photo, collection_event, protocol="https", label="4G upload")
tm.flow(upload_api, image_store, bin_photo, collection_event)

tm.flow(image_store, flagging, bin_photo, collection_event, label="new photos")
tm.flow(flagging, model, bin_photo)
tm.flow(model, flagging, contamination_result)
tm.flow(bin_register, flagging, property_register, protocol="sftp", label="nightly register export")
tm.flow(flagging, case_store, contamination_flag)
tm.flow(case_store, flagging, contamination_flag, review_decision, label="strike history")
tm.flow(flagging, notify, household_notice, protocol="https")
tm.flow(notify, resident, household_notice, protocol="smtp", label="e-mail or letter")

tm.flow(resident, portal, dispute, protocol="https")
tm.flow(portal, resident, contamination_flag, bin_photo, protocol="https")
tm.flow(case_store, portal, contamination_flag)
tm.flow(portal, case_store, dispute)
tm.flow(image_store, portal, bin_photo)

tm.flow(officer, console, review_decision, protocol="https")
tm.flow(console, officer, contamination_flag, dispute, bin_photo, protocol="https")
tm.flow(case_store, console, contamination_flag, dispute)
tm.flow(console, case_store, review_decision)
tm.flow(image_store, console, bin_photo)
tm.flow(console, notify, household_notice, protocol="https", label="suspension notice")

tm.flow(console, dataset, training_images, label="reviewed flags as labels")
tm.flow(dataset, training, training_images)
tm.flow(training, registry, model_weights)
tm.flow(data_scientist, registry, promotion_approval, protocol="https", label="approves release")
tm.flow(registry, model, model_weights, label="deploy")
