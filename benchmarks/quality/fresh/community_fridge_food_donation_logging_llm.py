"""Community fridge donation logging: the first design, before any security review.

A network of community fridges (run by a UK charity) takes food donations from
shops and neighbours. Volunteers on shift photograph each donated item's label in
a web app on their own phones. A label-reading service in our cloud account sends
the photo to a hosted vision LLM, which reads the product name, ingredients,
allergens and use-by date. The service logs the item in the donation log, checks
the reading against the 14 UK allergens and the fridge's expiry rules, and e-mails
the fridge coordinator when an item is past its date or carries an undeclared or
unclear allergen. Coordinators review flags on a web dashboard and clear or pull
items; unflagged items appear on a public "what's in the fridge" page.
Controls in this design: volunteers sign in by e-mail magic link, coordinators by
e-mail and password; uploads are checked for type and size; the LLM's answer must
parse against a fixed JSON schema; the managed database encrypts at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Community fridge donation logging",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Volunteers photograph donated food; a hosted LLM reads labels and use-by dates, "
        "logs items and flags allergen and expiry problems for the coordinator."
    ),
)

# ---------------------------------------------------------------- data assets
label_photo = tg.Data(
    "Food label photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo of the packaging label, taken on the volunteer's phone.",
)
donation_details = tg.Data(
    "Donation details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fridge location, shelf, donor type (shop or household) and a free-text note.",
)
upload_receipt = tg.Data(
    "Logged item summary",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What was logged, shown back to the volunteer.",
)
volunteer_accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, phone numbers and fridge rotas of volunteers.",
)
label_prompt = tg.Data(
    "Label reading prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Extraction instructions plus the label photo.",
)
extracted_label = tg.Data(
    "Extracted label fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Product name, ingredients, allergens and use-by date read from the photo.",
)
allergen_rules = tg.Data(
    "Allergen and expiry rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The 14 UK allergens and the network's rules on use-by and best-before dates.",
)
donation_log = tg.Data(
    "Donation log entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
food_flags = tg.Data(
    "Allergen and expiry flags",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
coordinator_alert = tg.Data(
    "Coordinator flag e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
review_decision = tg.Data(
    "Coordinator review decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Item cleared, relabelled or pulled from the fridge.",
)
public_stock = tg.Data(
    "Public fridge stock list", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers on shift at a fridge; anyone can volunteer after a short induction.
    volunteer = tm.add(tg.Actor("Fridge volunteer", role="volunteer"))
    # The web app on the volunteer's own phone, used to take and upload label photos.
    phone_app = tm.add(
        tg.Device(
            "Volunteer phone web app",
            fleet=True,
            description="Progressive web app on volunteers' own smartphones.",
        )
    )
    # Coordinators work from home on their own laptops and phones.
    coordinator = tm.add(tg.Actor("Fridge coordinator", role="coordinator"))
    # Members of the public who check what is in the fridge before walking over.
    visitor = tm.add(tg.Actor("Fridge visitor", role="public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the label text from the photo.
    vision_llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads product name, ingredients, allergens and use-by date from label photos.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used to alert coordinators.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Receives photos and donation details from the phone app.
    upload_api = tm.add(
        tg.Endpoint(
            "Donation upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail magic link"),
                c.InputValidation(note="JPEG/HEIC only, 10 MB maximum"),
            },
        )
    )
    # Calls the LLM, applies the allergen and expiry rules, writes the log, raises flags.
    label_service = tm.add(
        tg.Service(
            "Label reading service",
            description="Builds the prompt, parses the LLM's answer, logs items and raises flags.",
            controls={
                c.SchemaEnforcement(note="LLM answer must parse against the item JSON schema")
            },
        )
    )
    # Where coordinators see flags and clear or pull items.
    dashboard = tm.add(
        tg.Endpoint(
            "Coordinator dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Public page listing what is currently in each fridge.
    stock_page = tm.add(
        tg.Endpoint(
            "Public fridge stock page", purpose=tg.EndpointPurpose.API, internet_facing=True
        )
    )
    # Private object bucket holding the uploaded photos.
    photo_store = tm.add(tg.DataStore("Label photo bucket", stores={label_photo}))
    # Managed Postgres: the log of every donated item and its flags.
    log_db = tm.add(
        tg.DataStore(
            "Donation log database",
            stores={donation_log, food_flags},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="managed daily backups"),
            },
        )
    )
    # Volunteer and coordinator accounts, in the same managed Postgres instance.
    accounts_db = tm.add(
        tg.DataStore(
            "Volunteer account store",
            stores={volunteer_accounts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference table the coordinators maintain: allergens and date rules.
    rules_store = tm.add(tg.DataStore("Allergen and expiry rules table", stores={allergen_rules}))

# ---------------------------------------------------------------- flows
# volunteer logs a donation
tm.flow(volunteer, phone_app, label_photo, donation_details, label="photographs the label")
tm.flow(phone_app, upload_api, label_photo, donation_details, protocol="https")
tm.flow(accounts_db, upload_api, volunteer_accounts, label="sign-in lookup")
tm.flow(upload_api, photo_store, label_photo)
tm.flow(upload_api, label_service, donation_details, label="new donation")
tm.flow(photo_store, label_service, label_photo)
tm.flow(rules_store, label_service, allergen_rules)
tm.flow(label_service, vision_llm, label_prompt, protocol="https")
tm.flow(vision_llm, label_service, extracted_label, protocol="https")
tm.flow(label_service, log_db, donation_log, food_flags)
tm.flow(label_service, upload_api, upload_receipt)
tm.flow(upload_api, phone_app, upload_receipt, protocol="https")
tm.flow(phone_app, volunteer, upload_receipt)

# flags to the coordinator
tm.flow(label_service, mailer, coordinator_alert, protocol="https")
tm.flow(mailer, coordinator, coordinator_alert, protocol="smtp")
tm.flow(log_db, dashboard, donation_log, food_flags)
tm.flow(dashboard, coordinator, donation_log, food_flags, protocol="https")
tm.flow(coordinator, dashboard, review_decision, allergen_rules, protocol="https")
tm.flow(dashboard, log_db, review_decision)
tm.flow(dashboard, rules_store, allergen_rules)
tm.flow(dashboard, accounts_db, volunteer_accounts, label="coordinators add volunteers")
tm.flow(accounts_db, dashboard, volunteer_accounts, label="sign-in and rota lookup")

# public stock page
tm.flow(log_db, stock_page, public_stock)
tm.flow(stock_page, visitor, public_stock, protocol="https")
