"""Menu and allergen translation: the first design, before any security review.

The chain's culinary team writes each menu, its dish descriptions and the
allergen statement for every dish in English in the head-office menu management
system, which also takes suppliers' ingredient specifications over SFTP. A
translation service sends the menu text, the allergen statements and the
approved allergen glossary to a hosted LLM and stores one draft per language
for the international sites. Country reviewers at the sites check the wording
in a review portal, and the group food safety manager approves each language
version there. A publishing service then pushes approved menus to the public
website, the digital menu boards in the restaurants and the print vendor.
Staff sign in to the review portal with corporate SSO and MFA; only the food
safety manager role can approve, and approvals are logged. All links outside
head office use HTTPS or SFTP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Menu and allergen translation",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Hosted LLM translating menus and allergen statements for international "
        "sites, approved by a food safety manager before publication."
    ),
)

# ---------------------------------------------------------------- data assets
master_menu = tg.Data(
    "Master menu text",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Dish names and descriptions in English, before launch.",
)
allergen_statements = tg.Data(
    "Allergen statements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-dish allergen declarations derived from recipes and ingredient specs.",
)
supplier_specs = tg.Data(
    "Supplier ingredient specifications",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
glossary = tg.Data(
    "Allergen glossary",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Approved wording of each regulated allergen in every target language.",
)
translation_prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, target language, glossary terms, menu text and allergen statements.",
)
llm_translation = tg.Data(
    "LLM translation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
drafts = tg.Data(
    "Translated menu drafts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
review_comments = tg.Data(
    "Reviewer corrections", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data(
    "Food safety approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published_menus = tg.Data(
    "Published menus",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
page_request = tg.Data("Menu page request", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Guests reading menus and allergen information online before they visit.
    guest = tm.add(tg.Actor("Guest", role="restaurant guest"))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Writes the English menu and the allergen statement of each dish.
    chef = tm.add(tg.Actor("Culinary developer", role="menu developer"))
    # Signs off every language version of the allergen information.
    fsm = tm.add(tg.Actor("Food safety manager", role="food safety manager", privileged=True))
    # System of record for recipes, ingredients, menus and allergen statements.
    menu_system = tm.add(
        tg.DataStore(
            "Menu management system",
            stores={master_menu, allergen_statements, supplier_specs},
            controls={c.RBAC()},
        )
    )
    # Approved allergen terms per language, fed into every prompt.
    glossary_store = tm.add(tg.DataStore("Allergen glossary store", stores={glossary}))
    # Builds prompts per language, calls the LLM and stores the drafts.
    translator = tm.add(
        tg.Service(
            "Translation service",
            description="Translates a menu release into each site language on request.",
        )
    )
    # Drafts, reviewer corrections and approvals for each language version.
    draft_store = tm.add(
        tg.DataStore("Translation draft store", stores={drafts, review_comments, approval})
    )
    # Web portal where site reviewers correct and the food safety manager approves.
    portal = tm.add(
        tg.Endpoint(
            "Translation review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="only the food safety manager role can approve"),
                c.AuditLogging(),
            },
        )
    )
    # Pushes approved language versions to every channel.
    publisher = tm.add(
        tg.Service(
            "Menu publishing service",
            controls={c.HumanInTheLoop(approver="food safety manager")},
        )
    )

with tm.boundary("Public web hosting", trust=tg.Trust.INTERNAL):
    # Our public website with menus and allergen tables per country.
    website = tm.add(tg.Endpoint("Menu website", purpose=tg.EndpointPurpose.API))

with tm.boundary("International restaurant sites", trust=tg.Trust.INTERNAL):
    # Site managers who check the wording in their language before approval.
    reviewer = tm.add(tg.Actor("Country reviewer", role="site manager"))
    # Screens in each restaurant showing the menu and allergen information.
    boards = tm.add(tg.Device("Digital menu boards", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model doing the translation.
    llm = tm.add(tg.LLM("Hosted translation LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Suppliers' ingredient specifications with their allergen declarations.
    supplier_feed = tm.add(
        tg.DataSource(
            "Supplier specification feed",
            origin=tg.Origin.PARTNER,
            provides={supplier_specs},
        )
    )

with tm.boundary("Print vendor", trust=tg.Trust.PARTNER):
    # Prints and ships paper menus to the sites.
    printer = tm.add(tg.ExternalService("Menu print vendor"))

# ---------------------------------------------------------------- flows
tm.flow(chef, menu_system, master_menu, allergen_statements, protocol="https")
tm.flow(supplier_feed, menu_system, supplier_specs, protocol="sftp")

tm.flow(menu_system, translator, master_menu, allergen_statements, protocol="https")
tm.flow(glossary_store, translator, glossary)
tm.flow(translator, llm, translation_prompt, protocol="https")
tm.flow(llm, translator, llm_translation, protocol="https")
tm.flow(translator, draft_store, drafts)

tm.flow(draft_store, portal, drafts, review_comments)
tm.flow(portal, draft_store, review_comments, approval)
tm.flow(portal, reviewer, drafts, protocol="https")
tm.flow(reviewer, portal, review_comments, protocol="https")
tm.flow(portal, fsm, drafts, review_comments, protocol="https")
tm.flow(fsm, portal, approval, protocol="https")

tm.flow(draft_store, publisher, drafts, approval)
tm.flow(publisher, website, published_menus, protocol="https")
tm.flow(publisher, boards, published_menus, protocol="https")
tm.flow(publisher, printer, published_menus, protocol="sftp")
tm.flow(guest, website, page_request, protocol="https")
tm.flow(website, guest, published_menus, protocol="https")
