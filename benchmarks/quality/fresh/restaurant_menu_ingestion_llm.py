"""Restaurant menu ingestion: the first design, before any security review.

A food-delivery platform lets restaurants put their menus online without retyping
them. In the partner portal a restaurant owner uploads the menu as a PDF or photos;
the files land in an upload bucket, and an extraction service sends them to a hosted
multimodal LLM that returns dishes, prices, options and allergens as JSON. The draft
menu goes to the menu service, where the platform's rule-based allergen checker flags
dishes with missing allergen data; the owner reviews and edits the draft in the portal
and publishes it. Live menus are served to the customer apps by the catalogue API.
Customers who spot wrong allergen information report it from the app; reports go to a
queue that the menu operations team works through, correcting menus with the owner.
Everything runs in the platform's cloud account except the LLM and the apps.
Controls: owner sign-in with e-mail and password, file type and size checks on upload,
JSON-schema validation of the LLM output, owner approval before a menu goes live,
per-restaurant access to menus, encrypted upload bucket, rate limits on the catalogue API.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Restaurant menu ingestion",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM extraction of uploaded restaurant menus, with allergens, into the menus "
        "that customer apps show; owners approve before publishing."
    ),
)

# ---------------------------------------------------------------- data assets
owner_login = tg.Data("Partner portal login", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
menu_file = tg.Data(
    "Menu file",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="PDF or photos of the printed menu, as the restaurant uploads them.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Extraction instructions, the menu JSON schema and the menu pages.",
)
extracted = tg.Data(
    "Extracted menu JSON",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_menu = tg.Data(
    "Draft menu",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
allergen_flags = tg.Data(
    "Missing allergen flags", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
owner_edits = tg.Data("Owner menu edits", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
publish = tg.Data("Menu publish approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
live_menu = tg.Data(
    "Live menu",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Dishes, prices, options and allergens as customers see them.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
customer_login = tg.Data(
    "Customer session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
allergen_report = tg.Data(
    "Allergen report",
    sensitivity=tg.Sensitivity.PII,
    kind="feedback",
    description="Customer account, order, dish and what is wrong; may reveal the customer's allergy.",
)
correction = tg.Data("Menu correction", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Uploads, reviews and publishes the restaurant's menu; anyone can sign up as a partner.
    owner = tm.add(tg.Actor("Restaurant owner", role="restaurant partner"))
    # Orders food and reads dish allergens before ordering.
    customer = tm.add(tg.Actor("Customer", role="end user"))
    # The customer's phone app: shows live menus and sends allergen reports.
    app = tm.add(tg.Device("Customer phone app", fleet=True))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Reads the menu pages and returns structured dishes, prices, options and allergens.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vision-capable model behind the vendor's API, used to extract menus.",
        )
    )

with tm.boundary("Platform cloud", trust=tg.Trust.INTERNAL):
    # Web portal restaurants use to upload menus and review and publish drafts.
    portal = tm.add(
        tg.Endpoint(
            "Partner portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG or PNG only, at most 20 MB per file"),
            },
        )
    )
    # Holds the original uploads, so an extraction can be rerun or checked.
    uploads = tm.add(
        tg.DataStore(
            "Menu upload bucket",
            stores={menu_file},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Calls the LLM on each upload and turns its answer into a draft menu.
    extractor = tm.add(
        tg.Service(
            "Menu extraction service",
            controls={c.SchemaEnforcement(note="LLM output must match the menu JSON schema")},
        )
    )
    # Owns menus: drafts, owner edits, publishing, corrections.
    menu_service = tm.add(
        tg.Service(
            "Menu service",
            controls={
                c.HumanInTheLoop(approver="the restaurant owner, in the partner portal"),
                c.RBAC(note="a partner account edits only its own restaurants' menus"),
            },
        )
    )
    # Rule-based check: flags dishes whose allergen fields are empty.
    allergen_checker = tm.add(
        tg.Service(
            "Allergen checker",
            description="Flags dishes with missing allergen data; does not judge whether it is right.",
        )
    )
    # Draft and live menus of every restaurant.
    menu_db = tm.add(tg.DataStore("Menu database", stores={draft_menu, live_menu}))
    # Serves live menus to the customer apps and takes allergen reports.
    catalogue_api = tm.add(
        tg.Endpoint(
            "Catalogue API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(),
                c.Authentication(method="customer app session token"),
            },
        )
    )
    # Queue of customer reports about wrong allergen information.
    report_queue = tm.add(tg.DataStore("Allergen report queue", stores={allergen_report}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Platform staff who work the report queue and correct menus with the restaurant.
    ops = tm.add(tg.Actor("Menu operations agent", role="menu operations"))

# ---------------------------------------------------------------- flows
# upload and extraction
tm.flow(owner, portal, owner_login, menu_file, protocol="https")
tm.flow(portal, uploads, menu_file)
tm.flow(uploads, extractor, menu_file)
tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, extracted, protocol="https")
tm.flow(extractor, menu_service, draft_menu)

# allergen check, owner review and publishing
tm.flow(menu_service, allergen_checker, draft_menu)
tm.flow(allergen_checker, menu_service, allergen_flags)
tm.flow(menu_service, menu_db, draft_menu, live_menu)
tm.flow(menu_db, menu_service, draft_menu, live_menu)
tm.flow(menu_service, portal, draft_menu, allergen_flags)
tm.flow(portal, owner, draft_menu, allergen_flags, protocol="https")
tm.flow(owner, portal, owner_edits, publish, protocol="https", label="review and publish")
tm.flow(portal, menu_service, owner_edits, publish)

# customers
tm.flow(menu_db, catalogue_api, live_menu)
tm.flow(catalogue_api, app, live_menu, protocol="https")
tm.flow(app, customer, live_menu)
tm.flow(customer, app, allergen_report)
tm.flow(app, catalogue_api, customer_login, allergen_report, protocol="https")
tm.flow(catalogue_api, report_queue, allergen_report)

# operations
tm.flow(report_queue, ops, allergen_report, protocol="https")
tm.flow(ops, menu_service, correction, protocol="https")
