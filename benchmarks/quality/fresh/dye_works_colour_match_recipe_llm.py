"""Dye works colour matching: the first design, before any security review.

A commission dye works colours yarn and fabric for fashion and workwear brands.
A brand's colourist signs in to our cloud-hosted customer portal and uploads a
swatch photo with its Pantone reference and substrate. On the mill network a
colour-match service looks up the Pantone Lab values in our licensed library,
pulls the closest past recipes from the recipe archive and asks a hosted
multimodal LLM to propose a starting recipe. The dyer runs a lab dip, measures it
on the spectrophotometer and records pass or fail; passing dips go to the customer
through the portal for approval, then the dyer releases the bulk recipe to the
batch scheduler, which drops a recipe file for the automatic dispensing station.
Controls: portal sign-in and upload checks, an encrypted upload bucket, role-based
access to the archive, and the dyer's sign-off before any bulk batch.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dye works colour-match recipe assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "An LLM proposes dye recipes for customer colour targets from our recipe "
        "archive; the dyer proves every recipe with a lab dip before bulk dyeing."
    ),
)

# ---------------------------------------------------------------- data assets
swatch_photo = tg.Data(
    "Swatch photo",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customer's photo of the target swatch; often an unreleased collection.",
)
colour_target = tg.Data(
    "Colour target",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pantone reference, substrate, fibre blend, end use and fastness needs.",
)
customer_details = tg.Data(
    "Customer contact and order details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer names, e-mail addresses, order quantities and delivery dates.",
)
pantone_values = tg.Data(
    "Pantone Lab reference values",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed colour standard library: Lab and spectral data per reference.",
)
recipes = tg.Data(
    "Dye recipe records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Twenty years of recipes: dyes, auxiliaries, liquor ratio, results.",
)
similar_recipes = tg.Data(
    "Closest past recipes",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Recipes on the same substrate nearest the target in Lab space.",
)
recipe_prompt = tg.Data(
    "Recipe prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the swatch photo, target Lab values and closest recipes.",
)
proposed_recipe = tg.Data(
    "Proposed recipe",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dyes and auxiliaries with % on weight of fibre, as JSON.",
)
spectro_readings = tg.Data(
    "Spectrophotometer readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Reflectance curve and Lab of the lab dip, delta E against the target.",
)
lab_dip_result = tg.Data(
    "Lab dip result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Recipe as dipped, readings, photo of the dip and the dyer's pass or fail.",
)
customer_approval = tg.Data(
    "Customer lab dip approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve or reject, with the buyer's comments.",
)
bulk_recipe = tg.Data(
    "Approved bulk recipe",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Recipe scaled to batch weight, released by the dyer for bulk.",
)
dispensing_file = tg.Data(
    "Dispensing recipe file",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Grams of each dye and auxiliary per batch, for the dispensing station.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brand colourists and buyers; anyone can ask for an account as a new customer.
    customer = tm.add(tg.Actor("Brand colourist", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the swatch photo and drafts a recipe.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
        )
    )

with tm.boundary("Dye works cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where customers submit colour requests and approve lab dips.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="uploads limited to JPEG/PNG under 20 MB"),
            },
        )
    )
    # Bucket holding uploaded swatch photos and their colour targets.
    uploads = tm.add(
        tg.DataStore(
            "Swatch upload bucket",
            stores={swatch_photo, colour_target},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Customer accounts and orders behind the portal.
    orders = tm.add(tg.DataStore("Customer order database", stores={customer_details}))

with tm.boundary("Mill network", trust=tg.Trust.INTERNAL):
    # Orchestrates matching: fetches requests, finds similar recipes, calls the LLM.
    matcher = tm.add(
        tg.Service(
            "Colour-match service",
            description="Polls the upload bucket, builds the prompt, parses the JSON recipe.",
        )
    )
    # Licensed Pantone library, installed on the mill network.
    colour_library = tm.add(tg.DataStore("Colour standard library", stores={pantone_values}))
    # The works' accumulated recipe know-how: the core trade secret.
    archive = tm.add(
        tg.DataStore(
            "Recipe archive",
            stores={recipes},
            controls={c.RBAC(note="colour lab and technical manager only"), c.DataVersioning()},
        )
    )
    # Schedules bulk dyeing machines and turns released recipes into dispensing files.
    scheduler = tm.add(tg.Service("Bulk batch scheduler"))

    with tm.boundary("Colour lab", trust=tg.Trust.INTERNAL):
        # The dyer who proves each recipe with a lab dip.
        dyer = tm.add(tg.Actor("Dyer", role="lab dyer"))
        # Lab PC application: shows proposals, records dips, releases bulk recipes.
        console = tm.add(
            tg.Service(
                "Lab dip console",
                controls={
                    c.Authentication(method="Windows domain username and password"),
                    c.HumanInTheLoop(
                        approver="the dyer, after a passing lab dip and the customer's approval"
                    ),
                },
            )
        )
        # Bench spectrophotometer measuring each lab dip.
        spectro = tm.add(tg.Device("Spectrophotometer", fleet=False))

    with tm.boundary("Dyehouse floor", trust=tg.Trust.INTERNAL):
        # Weighs and dissolves dyes and auxiliaries for each bulk batch.
        dispenser = tm.add(tg.Device("Automatic dye dispensing station", fleet=False))

# ---------------------------------------------------------------- flows
# customer requests and approvals
tm.flow(customer, portal, swatch_photo, colour_target, protocol="https")
tm.flow(portal, uploads, swatch_photo, colour_target)
tm.flow(portal, orders, customer_details)
tm.flow(orders, portal, customer_details)
tm.flow(portal, customer, lab_dip_result, protocol="https", label="lab dip for approval")
tm.flow(customer, portal, customer_approval, protocol="https")

# matching
tm.flow(uploads, matcher, swatch_photo, colour_target, protocol="https", label="new requests")
tm.flow(colour_library, matcher, pantone_values)
tm.flow(matcher, archive, colour_target, label="nearest-recipe query")
tm.flow(archive, matcher, similar_recipes)
tm.flow(matcher, llm, recipe_prompt, protocol="https")
tm.flow(llm, matcher, proposed_recipe, protocol="https")
tm.flow(matcher, console, proposed_recipe, colour_target)

# lab dip
tm.flow(console, dyer, proposed_recipe, label="on the lab PC screen")
tm.flow(spectro, console, spectro_readings, protocol="usb")
tm.flow(dyer, console, lab_dip_result, label="pass or fail entered at the lab PC")
tm.flow(console, archive, lab_dip_result, label="result written back")
tm.flow(console, portal, lab_dip_result, protocol="https")
tm.flow(portal, console, customer_approval, protocol="https")

# bulk
tm.flow(dyer, console, bulk_recipe, label="releases bulk at the lab PC")
tm.flow(console, scheduler, bulk_recipe)
tm.flow(orders, scheduler, customer_details, protocol="https", label="nightly order sync")
tm.flow(scheduler, dispenser, dispensing_file, protocol="smb", label="recipe file drop")
