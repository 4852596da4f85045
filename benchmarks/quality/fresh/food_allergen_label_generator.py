"""Allergen label generator: the first design, before any security review.

The regulatory affairs team of a packaged-food manufacturer drafts the on-pack
text for new products with an internal web tool. For a product and a target
market, an orchestrator pulls the recipe formulation from the PLM system, the
supplier specification sheets of each ingredient (uploaded by suppliers through
the supplier portal) and the relevant labelling rules from an index of
regulations, computes the nutrition figures with a deterministic calculator over
a public nutrient database, and asks a vendor-hosted LLM to draft the ingredient
list, the allergen statement and the nutrition panel. Drafts land in an approval
workflow: a regulatory specialist must approve each one before the text is
released to the artwork system, which sends print-ready files to the packaging
printer over SFTP. Staff sign in with corporate SSO, approval is role-restricted
and logged, and the vetted LLM vendor neither trains on nor retains our prompts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food allergen label generator",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM drafting of ingredient lists, allergen statements and nutrition panels "
        "from formulations and supplier specs, approved by a regulatory specialist."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Label drafting request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Product code, target market and pack format chosen by the user.",
)
formulation = tg.Data(
    "Recipe formulation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Ingredients, percentages and processing aids: the company's trade secret.",
)
supplier_specs = tg.Data(
    "Supplier ingredient specifications",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Spec sheets with sub-ingredients, allergen and may-contain declarations, origin.",
)
regulations = tg.Data(
    "Labelling regulations and house rules",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rule_passages = tg.Data(
    "Retrieved labelling rules",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
nutrient_reference = tg.Data(
    "Nutrient composition reference",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
nutrition = tg.Data(
    "Computed nutrition figures",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, formulation, supplier spec extracts, rules and nutrition figures.",
)
completion = tg.Data(
    "LLM label draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
label_draft = tg.Data(
    "Label draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Ingredient list, allergen statement and nutrition panel, with their sources.",
)
approval = tg.Data(
    "Approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approved_text = tg.Data(
    "Approved label text",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
artwork = tg.Data(
    "Print-ready artwork",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Prepares label drafts for new products.
    associate = tm.add(tg.Actor("Regulatory associate", role="regulatory team"))
    # Signs off every label and curates the rules index.
    specialist = tm.add(tg.Actor("Regulatory specialist", role="label approver", privileged=True))
    # Product lifecycle management: the system of record for recipes.
    plm = tm.add(
        tg.DataStore(
            "Recipe PLM system",
            stores={formulation},
            controls={c.RBAC()},
        )
    )
    # Where packaging designers place the approved text on the pack artwork.
    artwork_system = tm.add(
        tg.Service(
            "Artwork management system",
            description="Packaging artwork workflow; exports print-ready PDFs to the printer.",
        )
    )

with tm.boundary("Label tool cloud VPC", trust=tg.Trust.INTERNAL):
    # The web front end the regulatory team uses.
    web_app = tm.add(
        tg.Endpoint(
            "Label drafting web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Gathers the inputs, builds the prompt and turns the completion into a structured draft.
    orchestrator = tm.add(
        tg.Service(
            "Drafting orchestrator",
            description="Collects formulation, specs, rules and nutrition figures; calls the LLM.",
        )
    )
    # Supplier spec sheets, as uploaded, one per ingredient and supplier.
    spec_library = tm.add(tg.DataStore("Supplier specification library", stores={supplier_specs}))
    # Regulations (EU 1169/2011, FDA 21 CFR 101, FSANZ) and the company's labelling rules.
    rules_index = tm.add(
        tg.VectorStore("Labelling rules index", stores={regulations, rule_passages})
    )
    # Computes the nutrition panel from the formulation; the LLM only formats it.
    calculator = tm.add(
        tg.Service(
            "Nutrition calculator",
            description="Deterministic per-100 g and per-portion calculation from ingredient nutrients.",
        )
    )
    # Tracks each draft from generation to approval; nothing leaves without approval.
    workflow = tm.add(
        tg.Service(
            "Label approval workflow",
            controls={
                c.HumanInTheLoop(approver="regulatory specialist"),
                c.RBAC(note="only the specialist role can approve"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Drafts, approvals and released label text, kept for recall investigations.
    records = tm.add(
        tg.DataStore(
            "Label record store",
            stores={label_draft, approval, approved_text},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="no training on or retention of prompts")},
        )
    )

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Ingredient suppliers upload and update their specification sheets here.
    supplier_portal = tm.add(
        tg.DataSource(
            "Supplier portal",
            origin=tg.Origin.PARTNER,
            provides={supplier_specs},
            description="Supplier self-service portal; each supplier keeps its own spec sheets current.",
        )
    )

with tm.boundary("Print vendor", trust=tg.Trust.PARTNER):
    # The contract packaging printer.
    printer = tm.add(tg.ExternalService("Packaging printer"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public nutrient composition tables (such as USDA FoodData Central).
    nutrient_db = tm.add(
        tg.DataSource(
            "Public nutrient database",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={nutrient_reference},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(associate, web_app, request, protocol="https")
tm.flow(web_app, orchestrator, request)

tm.flow(plm, orchestrator, formulation, protocol="https")
tm.flow(spec_library, orchestrator, supplier_specs)
tm.flow(orchestrator, rules_index, request, label="rule lookup")
tm.flow(rules_index, orchestrator, rule_passages)
tm.flow(orchestrator, calculator, formulation)
tm.flow(calculator, orchestrator, nutrition)
tm.flow(nutrient_db, calculator, nutrient_reference, protocol="https", label="monthly sync")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, workflow, label_draft)

tm.flow(workflow, records, label_draft, approval, approved_text)
tm.flow(records, workflow, label_draft, approval)
tm.flow(workflow, web_app, label_draft)
tm.flow(web_app, associate, label_draft, protocol="https")
tm.flow(web_app, specialist, label_draft, protocol="https")
tm.flow(specialist, web_app, approval, protocol="https")
tm.flow(web_app, workflow, approval)
tm.flow(workflow, artwork_system, approved_text, protocol="https", label="released after approval")
tm.flow(artwork_system, printer, artwork, protocol="sftp")

tm.flow(supplier_portal, spec_library, supplier_specs, protocol="https")
tm.flow(specialist, rules_index, regulations, label="curates rules")
