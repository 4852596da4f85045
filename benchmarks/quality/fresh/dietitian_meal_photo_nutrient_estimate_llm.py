"""Dietitian meal-photo nutrient estimates: the first design, before any security review.

Clients of dietitian practices that subscribe to our service photograph their meals
in our phone app. The app uploads each photo with an optional note to our mobile API
in our EU cloud account. A meal analysis service keeps the photo in object storage and
sends it, with the note and the client's dietary restrictions, to a hosted multimodal
LLM that names the foods and estimates portion sizes. The service then looks each food
up in our copy of a public food composition table to compute energy and nutrients, and
writes the estimate to the client's food diary, which the app shows straight away.
Dietitians read the diaries and photos in a web portal, correct estimates and add
advice. First-design controls: TLS everywhere, password sign-in for clients, password
plus TOTP for dietitians, per-practice roles in the portal, file type and size checks
on uploads, rate limits on the mobile API, encrypted storage, and a vendor review and
DPA with the LLM provider. No filtering of prompts or model output yet.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Dietitian meal-photo nutrient estimates",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone app and dietitian portal that estimate nutrients from meal photos with a hosted LLM.",
)

# ---------------------------------------------------------------- data assets
meal_photo = tg.Data(
    "Meal photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="JPEG from the phone camera; may show people, rooms and EXIF location.",
)
meal_note = tg.Data("Meal note", kind="records", sensitivity=tg.Sensitivity.PII)
dietary_profile = tg.Data(
    "Client dietary profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Allergies, intolerances, diagnosed conditions and nutrient targets.",
)
analysis_prompt = tg.Data(
    "Meal analysis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the photo, the client's note and dietary restrictions.",
)
food_items = tg.Data(
    "Identified foods and portions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="JSON list of food names with estimated grams per item.",
)
food_lookup = tg.Data("Food name lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
composition = tg.Data(
    "Food composition values",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
estimate = tg.Data(
    "Nutrient estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Energy, macronutrients, sodium and allergen notes for one meal.",
)
diary = tg.Data(
    "Client food diary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
corrections = tg.Data(
    "Dietitian corrections and advice", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
composition_release = tg.Data(
    "Food composition table release", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The practice's client who logs meals.
    client = tm.add(tg.Actor("Client", role="dietitian's client"))
    # Our app on the client's own phone: takes the photo and shows the estimate.
    phone_app = tm.add(
        tg.Device("Client phone app", fleet=True, description="iOS and Android app.")
    )
    # National food composition table, published as a downloadable dataset.
    composition_source = tm.add(
        tg.DataSource(
            "Public food composition table",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={composition_release},
            description="Government-published nutrient table, new release about twice a year.",
        )
    )

with tm.boundary("Dietitian practices", trust=tg.Trust.PARTNER):
    # Registered dietitian at a subscribing practice, working in a browser.
    dietitian = tm.add(tg.Actor("Dietitian", role="registered dietitian"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that recognises foods and portions in the photo.
    llm = tm.add(
        tg.LLM(
            "Multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted vision-language model called over the vendor's EU endpoint.",
            controls={
                tg.controls.SupplierAssessment(
                    note="vendor review and DPA; no training on our data"
                )
            },
        )
    )

with tm.boundary("Production cloud account", trust=tg.Trust.INTERNAL):
    # Entry point for the phone app: uploads, diary reads.
    mobile_api = tm.add(
        tg.Endpoint(
            "Mobile API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password, refresh tokens"),
                tg.controls.RateLimiting(requests_per_minute=30),
                tg.controls.InputValidation(note="JPEG/HEIC only, 10 MB max"),
            },
        )
    )
    # Orchestrates one analysis: store photo, ask the LLM, compute nutrients.
    analysis = tm.add(
        tg.Service(
            "Meal analysis service",
            description="Builds the prompt, parses the LLM's JSON and sums nutrients per item.",
        )
    )
    # Web application the dietitians use to review diaries.
    portal = tm.add(
        tg.Endpoint(
            "Dietitian portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password with TOTP"),
                tg.controls.RBAC(note="a dietitian sees the clients of their own practice"),
            },
        )
    )
    # Loads each new release of the composition table into our database.
    importer = tm.add(tg.Pipeline("Composition table import", stage=tg.Stage.INGESTION))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the original meal photos.
        photo_store = tm.add(
            tg.DataStore(
                "Meal photo bucket",
                stores={meal_photo},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Our copy of the nutrient table, queried by food name.
        nutrient_db = tm.add(tg.DataStore("Nutrient reference database", stores={composition}))
        # Client profiles, diaries, estimates and dietitian corrections.
        diary_db = tm.add(
            tg.DataStore(
                "Food diary database",
                stores={diary, dietary_profile, estimate, corrections, meal_note},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(client, phone_app, meal_photo, meal_note, label="takes photo")
tm.flow(phone_app, client, estimate, corrections, label="shows diary")
tm.flow(phone_app, mobile_api, meal_photo, meal_note, protocol="https", controls={tls})
tm.flow(mobile_api, phone_app, estimate, diary, corrections, protocol="https", controls={tls})

tm.flow(mobile_api, analysis, meal_photo, meal_note)
tm.flow(analysis, mobile_api, estimate)
tm.flow(analysis, photo_store, meal_photo)
tm.flow(diary_db, analysis, dietary_profile, label="restrictions for the prompt")
tm.flow(analysis, llm, analysis_prompt, protocol="https", controls={tls})
tm.flow(llm, analysis, food_items, protocol="https", controls={tls})
tm.flow(analysis, nutrient_db, food_lookup)
tm.flow(nutrient_db, analysis, composition)
tm.flow(analysis, diary_db, estimate, meal_note)
tm.flow(diary_db, mobile_api, diary, estimate, corrections)

tm.flow(diary_db, portal, diary, dietary_profile, estimate, meal_note)
tm.flow(photo_store, portal, meal_photo)
tm.flow(portal, dietitian, diary, meal_photo, estimate, protocol="https", controls={tls})
tm.flow(dietitian, portal, corrections, dietary_profile, protocol="https", controls={tls})
tm.flow(portal, diary_db, corrections, dietary_profile)

tm.flow(
    composition_source, importer, composition_release, protocol="https", label="download release"
)
tm.flow(importer, nutrient_db, composition)
