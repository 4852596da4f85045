"""School catering allergen meal planning: the first design, before any security review.

A catering company runs the kitchens of about sixty schools. Parents sign in to a
web form and declare their child's food allergies and intolerances (allergen,
severity, medical note). Each week a menu planning agent in the company's cloud,
using a vendor-hosted LLM, plans every school's menu from the recipe database and
an alternative meal for each allergic pupil, reading recipes and pupils' allergies
through read-only tools and saving draft plans through a third tool. Ingredient
allergen data in the recipe database comes from suppliers' product specifications.
The catering manager reviews and approves each school's plan in the planning portal;
kitchen staff then open the approved plan on a kitchen tablet and print a labelled
meal ticket for each allergic pupil on a label printer.
Controls in this design: TLS to the cloud, parent accounts with e-mail and password,
form input checks, SSO with MFA and roles for the portal, manager approval of every
plan, encrypted allergy register with a DPIA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School catering allergen meal planning",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Weekly school menus and per-pupil allergen-safe alternatives planned by an "
    "LLM agent, approved by the catering manager and printed as meal tickets.",
)

# ---------------------------------------------------------------- data assets
declaration = tg.Data(
    "Allergy declaration",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Pupil name, school, class, allergens, severity, medical note, parent contact.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pupil_allergens = tg.Data(
    "Pupil allergen profiles",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Per school: pupil name, class and the allergens to avoid.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
recipes = tg.Data(
    "Recipes and allergen matrix",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Recipes, ingredients, portion sizes and the 14 allergens each contains.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
product_specs = tg.Data(
    "Supplier product specifications",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Ingredient lists and allergen statements for each product supplied.",
)
planning_request = tg.Data(
    "Weekly planning request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Which schools and week to plan, with any menu constraints.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, recipes and the school's pupil allergen profiles.",
)
llm_completion = tg.Data(
    "LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
lookup_call = tg.Data("Lookup tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
recipe_result = tg.Data(
    "Recipe search result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
allergen_result = tg.Data(
    "Pupil allergen lookup result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
draft_call = tg.Data("Save draft plan call", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call")
menu_plans = tg.Data(
    "Menu plans with pupil alternatives",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Each school's weekly menu and each allergic pupil's alternative meal.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
plan_approval = tg.Data("Plan approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
meal_tickets = tg.Data(
    "Labelled meal tickets",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Pupil name, class, meal and the allergens it is free of.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents or carers of pupils at the schools served.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))

with tm.boundary("Food suppliers", trust=tg.Trust.PARTNER):
    # Suppliers' specification portal, imported weekly into the recipe database.
    supplier_specs = tm.add(
        tg.DataSource(
            "Supplier specification feed",
            origin=tg.Origin.PARTNER,
            provides={product_specs},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the planning agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Catering company cloud", trust=tg.Trust.INTERNAL):
    # Public web form where parents declare allergies.
    allergy_form = tm.add(
        tg.Endpoint(
            "Parent allergy form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="parent account with e-mail and password"),
                c.InputValidation(note="allergens picked from the 14-allergen list"),
            },
        )
    )
    # Register of every pupil's declared allergies.
    allergy_register = tm.add(
        tg.DataStore(
            "Pupil allergy register",
            stores={declaration, pupil_allergens},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.ImpactAssessment(basis="explicit consent of the parent, Art. 9(2)(a)"),
            },
        )
    )
    # Recipes with ingredient and allergen data, maintained by the food team.
    recipe_db = tm.add(tg.DataStore("Recipe database", stores={recipes, product_specs}))
    # The LLM agent that plans menus and alternatives.
    planner_agent = tm.add(
        tg.Agent(
            "Menu planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="catering manager",
                    note="every school's weekly plan before kitchens see it",
                )
            },
        )
    )
    # Read-only search over recipes.
    recipe_tool = tm.add(tg.Tool("Recipe search tool", capabilities={"read"}))
    # Read-only lookup of one school's allergic pupils.
    allergen_tool = tm.add(tg.Tool("Pupil allergen lookup tool", capabilities={"read"}))
    # Writes the agent's draft plans into the plan store.
    draft_tool = tm.add(tg.Tool("Draft plan tool", capabilities={"write"}))
    # Drafts and approved plans per school and week.
    plan_store = tm.add(tg.DataStore("Menu plan store", stores={menu_plans, plan_approval}))
    # Web portal: starts planning, shows drafts, records approvals, serves kitchens.
    portal = tm.add(
        tg.Service(
            "Planning portal",
            internet_facing=True,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Approves each school's plan; accountable for allergen safety.
    manager = tm.add(tg.Actor("Catering manager", role="catering manager"))

with tm.boundary("School kitchen", trust=tg.Trust.INTERNAL):
    # Tablet in each school kitchen, signed in to the portal.
    kitchen_tablet = tm.add(
        tg.Device(
            "Kitchen tablet",
            fleet=True,
            controls={
                c.Authentication(method="one portal login per school kitchen, shared by the team")
            },
        )
    )
    # Thermal label printer on the kitchen Wi-Fi.
    label_printer = tm.add(tg.Device("Label printer", fleet=True))
    # Cooks and serving staff who prepare and hand out the meals.
    kitchen_staff = tm.add(tg.Actor("Kitchen staff", role="cook or server"))

# ---------------------------------------------------------------- flows
# Parents declare allergies
tm.flow(parent, allergy_form, declaration, protocol="https")
tm.flow(allergy_form, parent, declaration, protocol="https", label="saved declaration")
tm.flow(allergy_form, allergy_register, declaration)

# Recipe data
tm.flow(supplier_specs, recipe_db, product_specs, protocol="https", label="weekly import")

# Planning
tm.flow(manager, portal, planning_request, protocol="https")
tm.flow(portal, planner_agent, planning_request)
tm.flow(planner_agent, llm, llm_prompt, protocol="https")
tm.flow(llm, planner_agent, llm_completion, protocol="https")
tm.flow(planner_agent, recipe_tool, lookup_call)
tm.flow(recipe_db, recipe_tool, recipes, product_specs)
tm.flow(recipe_tool, planner_agent, recipe_result)
tm.flow(planner_agent, allergen_tool, lookup_call)
tm.flow(allergy_register, allergen_tool, pupil_allergens)
tm.flow(allergen_tool, planner_agent, allergen_result)
tm.flow(planner_agent, draft_tool, draft_call)
tm.flow(draft_tool, plan_store, menu_plans)

# Approval
tm.flow(plan_store, portal, menu_plans)
tm.flow(portal, manager, menu_plans, protocol="https")
tm.flow(manager, portal, plan_approval, protocol="https")
tm.flow(portal, plan_store, plan_approval)

# Kitchens
tm.flow(portal, kitchen_tablet, menu_plans, meal_tickets, protocol="https")
tm.flow(kitchen_tablet, kitchen_staff, menu_plans, label="on the touchscreen")
tm.flow(kitchen_staff, kitchen_tablet, meal_tickets, label="on the touchscreen", id="print-request")
tm.flow(kitchen_tablet, label_printer, meal_tickets, protocol="ipp")
tm.flow(label_printer, kitchen_staff, meal_tickets, label="printed")
