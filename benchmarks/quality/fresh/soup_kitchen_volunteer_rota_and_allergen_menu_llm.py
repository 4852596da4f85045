"""Soup kitchen menu and volunteer rota planner: the first design, before any security review.

A community soup kitchen (a small UK charity) serves a hot meal five days a week from
whatever food is donated. Volunteers log each donation at a shared tablet by the back
door (item, quantity, use-by date and a photo of the ingredients label); a regional
food-redistribution partner uploads its delivery notes to the same web app. Volunteers
also sign in from their own phones to give their availability for the coming weeks.
Once a week a planner service in our cloud account sends the stock list, the label
photos, the kitchen's allergen reference list and everyone's availability to a hosted
LLM, which drafts the week's menu with allergen labels for each dish and a volunteer
rota. The kitchen coordinator reviews and approves the menu before it goes onto the
dining-hall screen; the rota is saved and texted to volunteers through an SMS gateway
straight away. The web app uses e-mail and password sign-in with a coordinator role,
validates its forms and talks HTTPS; the database uses the cloud provider's default
encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Soup kitchen menu and volunteer rota planner",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM plans menus from donated food, labels allergens and drafts the volunteer rota.",
)

# ---------------------------------------------------------------- data assets
volunteer_profile = tg.Data(
    "Volunteer profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number, e-mail, food hygiene certificate date.",
)
availability = tg.Data("Volunteer availability", kind="records", sensitivity=tg.Sensitivity.PII)
donation_log = tg.Data(
    "Donation log entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Item, quantity, use-by date and typed ingredients of each donation.",
)
label_photos = tg.Data(
    "Ingredient label photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the ingredients and allergen panel on donated packaging.",
)
delivery_notes = tg.Data(
    "Partner delivery notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="CSV or PDF list of surplus food the redistribution partner drops off.",
)
allergen_reference = tg.Data(
    "Allergen reference list",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The 14 regulated allergens and the kitchen's standard recipes.",
)
planning_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, stock list, label photos, allergen list and availability.",
)
draft_plan = tg.Data(
    "Draft menu and rota",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
menu = tg.Data(
    "Menu with allergen labels",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rota = tg.Data("Volunteer rota", kind="model-output", sensitivity=tg.Sensitivity.PII)
menu_approval = tg.Data("Menu approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rota_text = tg.Data("Rota reminder texts", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers give availability and see their shifts from their own phones.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))

with tm.boundary("Dining hall", trust=tg.Trust.UNTRUSTED):
    # Guests choose what to eat from the allergen labels on the menu screen.
    guest = tm.add(tg.Actor("Guest", role="guest"))

with tm.boundary("Kitchen premises", trust=tg.Trust.INTERNAL):
    # Paid part-time coordinator: manages volunteers and signs off each week's menu.
    coordinator = tm.add(tg.Actor("Kitchen coordinator", role="coordinator", privileged=True))
    # Shared tablet by the back door, used by whichever volunteer takes in food.
    tablet = tm.add(
        tg.Device(
            "Donation intake tablet",
            fleet=False,
            description="Shared Android tablet, stays signed in to the web app.",
        )
    )
    # TV screen in the dining hall showing today's menu and its allergens.
    screen = tm.add(tg.Device("Dining hall menu screen", fleet=False))

with tm.boundary("Redistribution partner", trust=tg.Trust.PARTNER):
    # Regional surplus-food charity; uploads what it delivered each drop.
    partner = tm.add(
        tg.DataSource(
            "Food redistribution partner",
            origin=tg.Origin.PARTNER,
            provides={delivery_notes},
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # The one web app everyone uses: donation logging, availability, menu approval.
    web_app = tm.add(
        tg.Endpoint(
            "Kitchen web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password; the intake tablet stays signed in "
                    "under a shared kitchen account"
                ),
                c.RBAC(note="coordinator role approves menus and edits the rota"),
                c.InputValidation(note="form fields typed and length-checked"),
            },
        )
    )
    # Builds the weekly prompt, calls the LLM and saves the drafts.
    planner = tm.add(
        tg.Service(
            "Menu and rota planner",
            description="Runs each Sunday evening, or when the coordinator asks for a re-plan.",
            controls={
                c.HumanInTheLoop(
                    approver="kitchen coordinator",
                    note="menus and allergen labels only; the rota is texted to volunteers directly",
                )
            },
        )
    )
    # Single managed Postgres database for stock, volunteers, rota and menus.
    kitchen_db = tm.add(
        tg.DataStore(
            "Kitchen database",
            stores={
                volunteer_profile,
                availability,
                donation_log,
                label_photos,
                delivery_notes,
                draft_plan,
                menu,
                rota,
                menu_approval,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Allergen list and standard recipes, maintained by the coordinator.
    allergen_ref = tm.add(tg.DataStore("Allergen reference store", stores={allergen_reference}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model: reads label photos, plans dishes, labels allergens, drafts rota.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Allergen labels it writes decide what guests with allergies eat.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS API used for rota reminders.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(volunteer, web_app, availability, protocol="https")
tm.flow(web_app, volunteer, rota, protocol="https")
tm.flow(tablet, web_app, donation_log, label_photos, protocol="https")
tm.flow(partner, web_app, delivery_notes, protocol="https", label="delivery note upload")
tm.flow(web_app, kitchen_db, donation_log, label_photos, delivery_notes, availability)
tm.flow(kitchen_db, web_app, rota, draft_plan, menu)
tm.flow(
    coordinator, web_app, menu_approval, volunteer_profile, allergen_reference, protocol="https"
)
tm.flow(web_app, coordinator, draft_plan, protocol="https", label="menu for review")
tm.flow(
    web_app,
    kitchen_db,
    menu_approval,
    volunteer_profile,
    id="web-app->kitchen-db:approval",
    label="approval and volunteer edits",
)
tm.flow(web_app, allergen_ref, allergen_reference, label="reference edits")

tm.flow(
    kitchen_db,
    planner,
    donation_log,
    label_photos,
    delivery_notes,
    availability,
    volunteer_profile,
    label="weekly stock and availability read",
)
tm.flow(allergen_ref, planner, allergen_reference)
tm.flow(planner, llm, planning_prompt, protocol="https")
tm.flow(llm, planner, draft_plan, protocol="https")
tm.flow(planner, kitchen_db, draft_plan, rota, id="planner->kitchen-db:drafts", label="drafts")
tm.flow(planner, sms, rota_text, protocol="https")
tm.flow(sms, volunteer, rota_text, protocol="sms")

tm.flow(web_app, screen, menu, protocol="https", label="approved menu page")
tm.flow(screen, guest, menu, label="shown on the screen")
