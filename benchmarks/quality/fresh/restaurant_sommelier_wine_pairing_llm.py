"""Restaurant sommelier wine pairing LLM: the first design, before any security review.

A restaurant group with sites in the UK and the EU puts a tablet on each table.
Guests pick their dishes and say what they like, and a pairing service in the
group's cloud account asks a hosted LLM to suggest wines from the restaurant's
cellar list. Stock levels and prices come from the cellar management system, a
SaaS product; the guest's allergy and preference notes come from the booking
platform, looked up by booking reference. Each suggestion appears on the
sommelier's console, where the sommelier can change or withdraw it before or
after the guest sees it. Suggestions, adjustments and till sales feed a dashboard
for the group's wine buyers. Tablets are managed kiosks with a per-tablet API key,
only the guest's notes (not their name) go into the prompt, and suggestions are
checked against the in-stock cellar list before they are shown.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Restaurant sommelier wine pairing LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Table tablets suggest wines from the cellar list for each guest's dishes, "
        "using their booking notes; sommeliers adjust, buyers track recommendations and sales."
    ),
)

# ---------------------------------------------------------------- data assets
dish_choice = tg.Data(
    "Dish choices and taste preferences",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Selected dishes, budget, free-text 'what do you like' request.",
)
pairing_request = tg.Data(
    "Pairing request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Table number, booking reference, dishes and free-text preferences.",
)
suggestions = tg.Data("Wine suggestions", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
booking_lookup = tg.Data("Booking lookup", sensitivity=tg.Sensitivity.PII, kind="records")
guest_notes = tg.Data(
    "Guest allergy and preference notes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Allergies (sulphites, fining agents), vegan or alcohol-free, favourite styles.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
cellar_list = tg.Data(
    "Cellar list with stock and prices",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
stock_query = tg.Data("Stock query", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
menu_notes = tg.Data(
    "Menu and house pairing notes",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Dish descriptions, ingredients and the sommeliers' house pairings.",
)
pairing_prompt = tg.Data(
    "Pairing prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, dishes, guest notes without the name, in-stock cellar list.",
)
llm_completion = tg.Data("LLM pairing draft", sensitivity=tg.Sensitivity.PII, kind="model-output")
adjustment = tg.Data("Sommelier adjustment", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
recommendation_log = tg.Data(
    "Recommendation log",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Per table: request, guest notes used, suggestions and adjustments.",
)
sales = tg.Data("Wine sales by table", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
buyer_report = tg.Data(
    "Recommendation and sales report", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
report_query = tg.Data("Report filters", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Dining room", trust=tg.Trust.UNTRUSTED):
    # The guest at the table; anyone in the dining room can use the tablet.
    guest = tm.add(tg.Actor("Guest", role="restaurant guest"))
    # Managed table tablet running the pairing app in kiosk mode on guest Wi-Fi.
    tablet = tm.add(tg.Device("Table tablet", fleet=True))

with tm.boundary("Restaurant staff network", trust=tg.Trust.INTERNAL):
    # The sommelier on shift, using a staff iPad.
    sommelier = tm.add(tg.Actor("Sommelier", role="sommelier"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # The group's wine buyers who plan purchasing from what is recommended and sold.
    buyer = tm.add(tg.Actor("Wine buyer", role="buyer"))

with tm.boundary("Group cloud account", trust=tg.Trust.INTERNAL):
    # API the tablets call.
    pairing_api = tm.add(
        tg.Endpoint(
            "Pairing API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-tablet API key provisioned by MDM"),
                c.RateLimiting(requests_per_minute=20, note="per tablet"),
            },
        )
    )
    # Gathers dishes, guest notes and stock, prompts the LLM, checks the answer.
    orchestrator = tm.add(
        tg.Service(
            "Pairing service",
            description="Builds the prompt and keeps only wines that are on the in-stock list.",
            controls={
                c.DataMinimization(note="guest name and contact details left out of the prompt"),
                c.OutputFiltering(note="drops any wine not on the in-stock cellar list"),
            },
        )
    )
    # Dish descriptions and the sommeliers' own pairing notes used as context.
    menu_store = tm.add(tg.DataStore("Menu and pairing notes store", stores={menu_notes}))
    # Web console where sommeliers watch and adjust suggestions per table.
    console = tm.add(
        tg.Service(
            "Sommelier console",
            controls={c.Authentication(method="shared staff PIN on the restaurant iPad")},
        )
    )
    # History of suggestions, adjustments and guest notes used.
    rec_log = tm.add(
        tg.DataStore(
            "Recommendation log store",
            stores={recommendation_log, sales},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Dashboard for the buyers.
    dashboard = tm.add(
        tg.Service(
            "Buyer dashboard",
            controls={c.Authentication(method="Google Workspace SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the pairing suggestions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor terms: no training on our data")},
        )
    )

with tm.boundary("Cellar software vendor", trust=tg.Trust.PARTNER):
    # The SaaS cellar management system: bins, stock counts and list prices.
    cellar = tm.add(
        tg.ExternalService("Cellar management system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # The reservations platform where guests and hosts record allergies and preferences.
    booking = tm.add(
        tg.ExternalService("Booking system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Till provider", trust=tg.Trust.PARTNER):
    # The point-of-sale system that records which bottles and glasses were sold.
    pos = tm.add(tg.ExternalService("Point of sale", provides=tg.ExternalCategory.DATA_PROVIDER))

# ---------------------------------------------------------------- flows
tm.flow(guest, tablet, dish_choice, label="touchscreen")
tm.flow(tablet, guest, suggestions, label="touchscreen")
tm.flow(tablet, pairing_api, pairing_request, protocol="https")
tm.flow(pairing_api, tablet, suggestions, protocol="https")
tm.flow(pairing_api, orchestrator, pairing_request)
tm.flow(orchestrator, pairing_api, suggestions)

tm.flow(
    orchestrator,
    booking,
    booking_lookup,
    protocol="https",
    controls={c.Authentication(method="booking platform API key")},
)
tm.flow(booking, orchestrator, guest_notes, protocol="https")
tm.flow(
    orchestrator,
    cellar,
    stock_query,
    protocol="https",
    controls={c.Authentication(method="cellar vendor API key")},
)
tm.flow(cellar, orchestrator, cellar_list, protocol="https")
tm.flow(menu_store, orchestrator, menu_notes)
tm.flow(orchestrator, llm, pairing_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_completion, protocol="https")
tm.flow(orchestrator, rec_log, recommendation_log)

tm.flow(orchestrator, console, suggestions, protocol="https", label="live feed per table")
tm.flow(console, sommelier, suggestions, protocol="https")
tm.flow(sommelier, console, adjustment, protocol="https")
tm.flow(console, orchestrator, adjustment, protocol="https", label="replaces the suggestion")
tm.flow(console, rec_log, adjustment)
tm.flow(sommelier, console, menu_notes, protocol="https", label="edits house pairings")
tm.flow(console, menu_store, menu_notes)

tm.flow(pos, rec_log, sales, protocol="https", label="nightly sales export")
tm.flow(rec_log, dashboard, recommendation_log, sales)
tm.flow(buyer, dashboard, report_query, protocol="https")
tm.flow(dashboard, buyer, buyer_report, protocol="https")
