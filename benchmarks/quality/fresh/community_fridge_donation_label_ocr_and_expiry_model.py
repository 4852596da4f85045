"""Community fridges: donation label reading and public listings, first design.

A charity runs community fridges in three towns. When food is donated, a volunteer
photographs its label with the charity's app on their own phone; the donation API
sends the photo to a cloud OCR service, and a small in-house model reads the use-by
date and the allergens out of the OCR text. The volunteer sees what was read and
confirms or corrects it before the item is listed. A listing publisher takes the
current contents of each fridge from the inventory database and updates a public
web page and a WhatsApp channel. Supermarket partners upload their surplus lists as
CSV files on a partner portal, which an import job loads as expected donations.
Volunteers and coordinators sign in with e-mail and password, partners with a
username and password per store; the import checks the CSV columns, the database
uses the cloud provider's default encryption, and all external traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community fridge donation labels and listings",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Volunteer-photographed food labels read by OCR and a small model, listed publicly per fridge.",
)

# ---------------------------------------------------------------- data assets
label_photo = tg.Data(
    "Food label photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo of a donated item's label, taken at the fridge.",
)
donation_details = tg.Data(
    "Donation details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which fridge, item description, the volunteer who logged it.",
)
ocr_text = tg.Data("OCR label text", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
label_reading = tg.Data(
    "Use-by date and allergen reading",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
donation_record = tg.Data(
    "Confirmed donation record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
volunteer_account = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone number, home town and password hash.",
)
fridge_contents = tg.Data("Fridge contents", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
listing = tg.Data(
    "Fridge listing",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
page_request = tg.Data("Listing page request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
channel_post = tg.Data("WhatsApp channel post", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
surplus_csv = tg.Data(
    "Surplus list CSV",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Store, items, quantities, use-by dates and collection windows.",
)
expected_donations = tg.Data(
    "Expected donations", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
corrections = tg.Data(
    "Listing corrections",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Items removed as taken or past their date, fixes to misread labels.",
)
inventory_view = tg.Data("Inventory view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in the three towns who checks what is in a fridge.
    public = tm.add(tg.Actor("Member of the public", role="fridge user"))
    # Volunteers who stock the fridges and log donations.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))
    # The charity's app on the volunteers' own phones.
    app = tm.add(
        tg.Device(
            "Volunteer phone app",
            fleet=True,
            description="The charity's app installed on volunteers' personal phones.",
        )
    )

with tm.boundary("Charity staff", trust=tg.Trust.INTERNAL):
    # Paid coordinators (one per town) who keep the listings right.
    coordinator = tm.add(tg.Actor("Fridge coordinator", role="coordinator", privileged=True))

with tm.boundary("Supermarket partners", trust=tg.Trust.PARTNER):
    # Store staff who upload surplus lists ahead of collections.
    partner = tm.add(tg.Actor("Supermarket store staff", role="partner"))

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # Backend for the app and the coordinators: photos in, readings out, records saved.
    donation_api = tm.add(
        tg.Endpoint(
            "Donation API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Small model that pulls the use-by date and allergens out of the OCR text.
    label_model = tm.add(
        tg.Model(
            "Use-by and allergen reader",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="A wrong date or a missed allergen reaches the public listing.",
            controls={
                c.HumanInTheLoop(
                    approver="the volunteer who photographed the item confirms or corrects the reading"
                )
            },
        )
    )
    # Donations, fridge contents, expected partner donations and volunteer accounts.
    inventory_db = tm.add(
        tg.DataStore(
            "Inventory database",
            stores={donation_record, fridge_contents, expected_donations, volunteer_account},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Keeps the label photos for coordinators to check misreads.
    photo_store = tm.add(tg.DataStore("Label photo store", stores={label_photo}))
    # Regenerates the public page and posts changes to the WhatsApp channel.
    publisher = tm.add(tg.Service("Listing publisher"))
    # The public page listing what is in each fridge.
    public_page = tm.add(tg.Endpoint("Public fridge listing page", purpose=tg.EndpointPurpose.API))
    # Where supermarket staff upload their surplus CSV files.
    partner_portal = tm.add(
        tg.Endpoint(
            "Partner upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password per store")},
        )
    )
    # Loads the uploaded CSV rows as expected donations.
    csv_import = tm.add(
        tg.Pipeline(
            "Surplus CSV import job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects files with missing or unknown columns")},
        )
    )

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # Cloud text recognition for the label photos.
    ocr = tm.add(tg.ExternalService("Cloud OCR service", provides=tg.ExternalCategory.MODEL_API))

with tm.boundary("WhatsApp", trust=tg.Trust.PARTNER):
    # The WhatsApp Business platform that carries the channel posts.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business API"))

# ---------------------------------------------------------------- flows
# Logging a donation
tm.flow(volunteer, app, label_photo, donation_details, label="photographed at the fridge")
tm.flow(app, donation_api, label_photo, donation_details, protocol="https")
tm.flow(donation_api, photo_store, label_photo)
tm.flow(donation_api, ocr, label_photo, protocol="https")
tm.flow(ocr, donation_api, ocr_text, protocol="https")
tm.flow(donation_api, label_model, ocr_text)
tm.flow(label_model, donation_api, label_reading)
tm.flow(donation_api, app, label_reading, protocol="https")
tm.flow(app, volunteer, label_reading, label="shown for confirmation")
tm.flow(volunteer, app, donation_record, label="confirms or corrects")
tm.flow(app, donation_api, donation_record, protocol="https")
tm.flow(donation_api, inventory_db, donation_record)

# Coordinators
tm.flow(coordinator, donation_api, corrections, protocol="https")
tm.flow(donation_api, coordinator, inventory_view, protocol="https")
tm.flow(donation_api, inventory_db, corrections)
tm.flow(inventory_db, donation_api, inventory_view, fridge_contents)

# Publishing the listings
tm.flow(inventory_db, publisher, fridge_contents, label="sync every 10 minutes")
tm.flow(publisher, public_page, listing)
tm.flow(public, public_page, page_request, protocol="https")
tm.flow(public_page, public, listing, protocol="https")
tm.flow(publisher, whatsapp, channel_post, protocol="https")
tm.flow(whatsapp, public, channel_post, protocol="whatsapp")

# Supermarket surplus lists
tm.flow(partner, partner_portal, surplus_csv, protocol="https")
tm.flow(partner_portal, csv_import, surplus_csv)
tm.flow(csv_import, inventory_db, expected_donations)
