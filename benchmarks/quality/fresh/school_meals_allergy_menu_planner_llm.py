"""School meals allergy-aware menu planner: the first design, before any security review.

Our catering company runs the kitchens of about 120 primary and secondary schools.
Dietitians ask a menu planning agent, through our catering portal, for next week's
menu for a school. The agent reads our recipe and allergen database (kept up to date
from suppliers' product specifications) and the school's pupil dietary records, which
school office staff maintain in the same portal, and has a hosted LLM draft the menu,
check every dish against the recorded allergies and diets, and propose swaps.
A dietitian reviews and approves each school's menu; the agent then publishes kitchen
sheets (which pupils get which special meal) that the cooks read on a kitchen tablet,
and sends notices to the parents of pupils whose meals change, by e-mail and SMS.
Everything runs in our cloud tenancy except the LLM (vendor API) and the messaging
provider. Staff sign in with company SSO and MFA; school office and kitchen accounts
use e-mail and password. Pupil records are encrypted at rest and access is audited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School meals allergy menu planner",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that plans weekly school menus, checks them against pupils' allergies "
        "and diets, and sends kitchen sheets and parent notices."
    ),
)

# ---------------------------------------------------------------- data assets
allergy_updates = tg.Data(
    "Pupil allergy and diet updates",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="New or changed allergies, medical diets and religious or lifestyle diets, "
    "entered by school office staff from parents' forms and doctors' letters.",
)
pupil_records = tg.Data(
    "Pupil dietary records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pupil name, class, allergies, severity, medical and other diets, "
    "and parent contact details.",
)
recipes = tg.Data(
    "Recipes and allergen matrix",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Our recipes, their ingredients and the 14 declared allergens of each.",
)
supplier_specs = tg.Data(
    "Supplier product specifications",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Ingredient lists and allergen declarations of the products we buy.",
)
planning_request = tg.Data(
    "Menu planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="School, week, budget and any themes the dietitian asks for.",
)
llm_prompt = tg.Data(
    "Menu planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, candidate recipes with allergens, and the school's pupils "
    "with their allergies and diets.",
)
llm_completion = tg.Data(
    "Drafted menu and allergy check",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Proposed dishes per day, per-pupil swaps and draft parent notices.",
)
draft_menu = tg.Data(
    "Draft weekly menu for review",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The draft menu with the allergy check and the swaps for named pupils.",
)
approval = tg.Data("Menu approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
publish_call = tg.Data(
    "Publish menu call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Approved menu and the kitchen sheet for one school and week.",
)
notice_call = tg.Data(
    "Send parent notice call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Recipient, channel and the notice text for one pupil's parents.",
)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
published_menu = tg.Data(
    "Published menus and kitchen sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The week's menu and, per service, which pupils get which special meal.",
)
parent_notice = tg.Data(
    "Parent meal notice",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Tells a parent which dishes their child cannot have and what they get instead.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # School office staff keep their pupils' allergy and diet records up to date.
    school_admin = tm.add(tg.Actor("School office administrator", role="school staff"))
    # Parents receive notices when their child's meals change.
    parent = tm.add(tg.Actor("Parent", role="parent"))

with tm.boundary("School kitchens", trust=tg.Trust.PARTNER):
    # One tablet per school kitchen, on the school's Wi-Fi, that shows the kitchen sheets.
    kitchen_tablet = tm.add(
        tg.Device("Kitchen tablet", description="Signed in with the kitchen's portal account.")
    )

with tm.boundary("Food suppliers", trust=tg.Trust.PARTNER):
    # Suppliers publish product specifications we must track for allergen changes.
    supplier_feed = tm.add(
        tg.DataSource(
            "Supplier specification feed",
            origin=tg.Origin.PARTNER,
            provides={supplier_specs},
            description="Nightly files from our wholesalers' specification portals.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts menus, checks them against the allergies and writes the notices.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API, EU region.",
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers parent notices by e-mail and SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Plans menus with the agent and approves each school's week.
    dietitian = tm.add(tg.Actor("Catering dietitian", role="dietitian"))

with tm.boundary("Catering cloud tenancy", trust=tg.Trust.INTERNAL):
    # The one web app for dietitians, school offices and kitchens.
    portal = tm.add(
        tg.Endpoint(
            "Catering portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="Entra ID SSO with MFA for our staff; e-mail and password for "
                    "school office and kitchen accounts"
                ),
                c.RBAC(note="roles: dietitian, school office, kitchen"),
            },
        )
    )
    # Plans the menu, runs the allergy check with the LLM, publishes and notifies.
    agent = tm.add(
        tg.Agent(
            "Menu planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="catering dietitian",
                    note="approves each school's weekly menu and allergy check before it "
                    "is published and notices are sent",
                )
            },
        )
    )
    # Loads suppliers' specification files into the allergen matrix.
    spec_import = tm.add(
        tg.Pipeline(
            "Specification import job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="files must match the spec template")},
        )
    )
    # Source of truth for what is in each dish.
    recipe_db = tm.add(tg.DataStore("Recipe and allergen database", stores={recipes}))
    # Publishes the approved menu and kitchen sheet for a school.
    publish_tool = tm.add(
        tg.Tool("Menu publishing tool", capabilities={"write"}, origin="first-party")
    )
    # Sends one notice to a pupil's parents through the messaging provider.
    notice_tool = tm.add(
        tg.Tool("Parent notice tool", capabilities={"send-messages"}, origin="first-party")
    )
    # What the kitchens cook from.
    menu_store = tm.add(tg.DataStore("Published menu store", stores={published_menu}))

    with tm.boundary("Pupil data tier", trust=tg.Trust.RESTRICTED):
        # Allergies and diets of every pupil at our schools.
        pupil_db = tm.add(
            tg.DataStore(
                "Pupil dietary records store",
                stores={pupil_records},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                },
            )
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# pupil records maintained by schools
tm.flow(school_admin, portal, allergy_updates, protocol="https", controls={tls})
tm.flow(portal, pupil_db, allergy_updates)
tm.flow(pupil_db, portal, pupil_records, label="school's own pupils")
tm.flow(portal, school_admin, pupil_records, protocol="https", controls={tls})

# recipes and supplier specifications
tm.flow(supplier_feed, spec_import, supplier_specs, protocol="sftp")
tm.flow(spec_import, recipe_db, supplier_specs, label="updates allergen matrix")
tm.flow(dietitian, portal, recipes, protocol="https", controls={tls}, label="recipe edits")
tm.flow(portal, recipe_db, recipes)

# planning and review
tm.flow(dietitian, portal, planning_request, protocol="https", controls={tls})
tm.flow(portal, agent, planning_request)
tm.flow(recipe_db, agent, recipes)
tm.flow(pupil_db, agent, pupil_records, label="pupils of the school")
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, portal, draft_menu)
tm.flow(portal, dietitian, draft_menu, protocol="https", controls={tls})
tm.flow(dietitian, portal, approval, protocol="https", controls={tls})
tm.flow(portal, agent, approval)

# publishing and kitchen sheets
tm.flow(agent, publish_tool, publish_call)
tm.flow(publish_tool, menu_store, published_menu)
tm.flow(publish_tool, agent, tool_result)
tm.flow(menu_store, portal, published_menu)
tm.flow(portal, kitchen_tablet, published_menu, protocol="https", controls={tls})

# parent notices
tm.flow(agent, notice_tool, notice_call)
tm.flow(notice_tool, messaging, parent_notice, protocol="https", controls={tls})
tm.flow(messaging, notice_tool, tool_result, protocol="https", label="delivery status")
tm.flow(notice_tool, agent, tool_result)
tm.flow(messaging, parent, parent_notice, protocol="smtp", label="e-mail or SMS")
