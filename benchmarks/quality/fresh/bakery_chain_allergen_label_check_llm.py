"""Allergen label check: the first design, before any security review.

A regional bakery chain bakes centrally and ships prepacked products to its shops.
Each packing line prints ingredient and allergen labels from the recipe system. A
camera over the line photographs a sample label from every batch, and a label
check service sends the photo, with the product's recipe and allergen matrix, to a
vision LLM hosted by a vendor, asking whether every allergen in the recipe appears,
emphasised, on the label and nothing is missing or wrong. The service validates the
model's JSON verdict and records it. A passing batch is released to despatch
automatically; a failing one is held, and a QA technician checks it on the QA
dashboard and either has it relabelled or releases it. If no verdict comes back the
batch stays held. Food technologists maintain recipes from suppliers'
specification sheets; recipe changes are role-restricted and versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bakery allergen label check",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Vision LLM checks printed allergen labels against recipes before batches "
        "ship from the central bakery to the shops."
    ),
)

# ---------------------------------------------------------------- data assets
recipes = tg.Data(
    "Recipes and allergen matrix",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Ingredients, sub-ingredients and the 14 regulated allergens per product.",
)
supplier_specs = tg.Data(
    "Supplier ingredient specifications",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Spec sheets with allergen and may-contain declarations for each ingredient.",
)
print_job = tg.Data(
    "Label print job",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Product code, batch number, ingredient list and allergen text to print.",
)
label_image = tg.Data("Label photo", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
check_prompt = tg.Data(
    "Label check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the label photo and the recipe's ingredients and allergens.",
)
llm_verdict = tg.Data(
    "Label check verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pass or fail with the allergens found missing, unemphasised or extra.",
)
check_result = tg.Data(
    "Batch check result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
qa_decision = tg.Data(
    "QA release decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
release_status = tg.Data(
    "Batch release status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Supplier portals", trust=tg.Trust.PARTNER):
    # Where ingredient suppliers publish their current specification sheets.
    supplier_portal = tm.add(
        tg.ExternalService(
            "Supplier specification portal", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the photographed label and compares it to the recipe.
    vision_llm = tm.add(
        tg.LLM(
            "Vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Multimodal model behind the vendor's API; its verdict gates release.",
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Staff who own recipes and keep allergen data in line with supplier specs.
    technologist = tm.add(tg.Actor("Food technologist", role="technical staff", privileged=True))
    # Source of truth for what each product contains.
    recipe_db = tm.add(
        tg.DataStore(
            "Recipe management system",
            stores={recipes, supplier_specs},
            controls={
                c.RBAC(note="only technologists can edit recipes"),
                c.DataVersioning(note="every recipe change is a new version"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Bakery production network", trust=tg.Trust.INTERNAL):
    # Renders labels from the current recipe and sends them to the line printers.
    label_service = tm.add(
        tg.Service("Label printing service", description="Label templates filled from recipes.")
    )
    # Thermal printers on each packing line.
    printer = tm.add(tg.Device("Packing line label printer", fleet=True))
    # Photographs a sample label from every batch as it leaves the printer.
    camera = tm.add(tg.Device("Packing line label camera", fleet=True))
    # Orchestrates each check: gathers recipe and photo, asks the LLM, records the verdict.
    check_service = tm.add(
        tg.Service(
            "Label check service",
            controls={
                c.OutputFiltering(note="verdict must parse as the expected JSON schema"),
                c.FailClosed(fallback="batch stays held until a verdict is recorded"),
            },
        )
    )
    # Due-diligence record of every batch check, with the photo.
    results_store = tm.add(tg.DataStore("Label check results", stores={check_result, label_image}))
    # Web app where QA sees held batches and records their decision.
    qa_dashboard = tm.add(
        tg.Endpoint(
            "QA dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual Windows domain accounts")},
        )
    )
    # Staff who investigate failed checks and release or relabel batches.
    qa_technician = tm.add(tg.Actor("QA technician", role="quality assurance"))
    # Loads vans for the shops; ships only batches marked released.
    despatch = tm.add(tg.Service("Despatch system"))

# ---------------------------------------------------------------- flows
tm.flow(supplier_portal, technologist, supplier_specs, protocol="https")
tm.flow(technologist, recipe_db, recipes, supplier_specs, protocol="https")

tm.flow(recipe_db, label_service, recipes, protocol="https", label="recipe sync")
tm.flow(label_service, printer, print_job, protocol="tcp")
tm.flow(label_service, check_service, print_job, label="batch printed")
tm.flow(recipe_db, check_service, recipes, protocol="https", label="recipe lookup")
tm.flow(camera, check_service, label_image, protocol="http")

tm.flow(check_service, vision_llm, check_prompt, protocol="https")
tm.flow(vision_llm, check_service, llm_verdict, protocol="https")
tm.flow(check_service, results_store, check_result, label_image)

tm.flow(results_store, qa_dashboard, check_result, label_image, label="held batches")
tm.flow(qa_dashboard, qa_technician, check_result, label_image, protocol="https")
tm.flow(qa_technician, qa_dashboard, qa_decision, protocol="https")
tm.flow(qa_dashboard, results_store, qa_decision)

tm.flow(results_store, despatch, release_status, label="release status per batch")
