"""Marketing copy generator: the first design, before any security review.

A retailer's marketing team writes a short campaign brief in an internal web studio
(corporate SSO, roles for marketers and brand managers). A generation service pulls
the products from the product catalogue and the brand guidelines, builds prompts and
calls a hosted LLM for ad copy and a hosted image model for product images; both
vendors' default content filters are on. Drafts are kept in an asset library in the
company's cloud account. A brand manager reviews each asset in the studio and approves
or rejects it; only approved assets are picked up by a publishing service, which
reads the company's ad-account tokens from the cloud secrets manager and pushes the
assets to the ad platforms' APIs over HTTPS. No customer data is used.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketing copy generator",
    profile=tg.RiskProfile.LOW,
    description=(
        "Generates ad copy and images from the catalogue and brand guidelines; "
        "brand-approved assets are published to ad platforms."
    ),
)

# ---------------------------------------------------------------- data assets
brief = tg.Data("Campaign brief", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
products = tg.Data(
    "Product catalogue entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Names, descriptions, prices, product photos; some text comes from suppliers.",
)
guidelines = tg.Data(
    "Brand guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tone of voice, banned claims, legal disclaimers; used as the system prompt.",
)
copy_prompt = tg.Data("Copy generation prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
ad_copy = tg.Data("Generated ad copy", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
image_prompt = tg.Data(
    "Image generation prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
images = tg.Data("Generated product images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
draft_assets = tg.Data(
    "Draft ad assets",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
approval = tg.Data(
    "Brand approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
approved_assets = tg.Data(
    "Approved ad assets",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
ad_tokens = tg.Data(
    "Ad-account tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OAuth tokens for the company's ad accounts; they can create and fund campaigns.",
)
platform_status = tg.Data(
    "Ad platform response", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Writes briefs and iterates on drafts.
    marketer = tm.add(tg.Actor("Marketer", role="marketing"))
    # Approves or rejects every asset before it can be published.
    brand_manager = tm.add(tg.Actor("Brand manager", role="approver"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # The internal web UI for briefs, drafts and approvals.
    studio = tm.add(
        tg.Endpoint(
            "Marketing studio",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Assembles prompts from the brief, products and guidelines; calls both models.
    generator = tm.add(
        tg.Service(
            "Generation service",
            description="Builds prompts, calls the text and image models, stores drafts.",
        )
    )
    # Product information system, the grounding source for claims and prices.
    catalogue = tm.add(
        tg.DataSource(
            "Product catalogue",
            origin=tg.Origin.INTERNAL,
            provides={products},
            description="PIM fed by merchandising and by supplier product feeds.",
        )
    )
    # Brand rules that become the system prompt.
    brand_store = tm.add(tg.DataStore("Brand guidelines store", stores={guidelines}))
    # Drafts and approved assets with their approval status.
    asset_library = tm.add(
        tg.DataStore("Asset library", stores={draft_assets, approved_assets, approval})
    )
    # Pushes approved assets to the ad platforms with the ad-account tokens.
    publisher = tm.add(
        tg.Service(
            "Ad publishing service",
            controls={c.HumanInTheLoop(approver="brand manager")},
            description="Scheduled job; publishes only assets marked approved.",
        )
    )
    # Holds the ad-account tokens.
    secrets = tm.add(
        tg.DataStore(
            "Cloud secrets manager",
            stores={ad_tokens},
            controls={c.SecretsManagement(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Writes the ad copy.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="vendor's default content filter")},
        )
    )
    # Generates product and lifestyle images.
    image_model = tm.add(
        tg.Model(
            "Hosted image model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="vendor's default content filter")},
        )
    )

with tm.boundary("Ad platforms", trust=tg.Trust.PARTNER):
    # Search and social ad platforms' marketing APIs.
    ad_platforms = tm.add(
        tg.ExternalService("Ad platform APIs", description="Search and social ad platforms.")
    )

# ---------------------------------------------------------------- flows
tm.flow(marketer, studio, brief, protocol="https")
tm.flow(studio, generator, brief, protocol="https")
tm.flow(catalogue, generator, products, label="product lookup")
tm.flow(brand_store, generator, guidelines)
tm.flow(generator, llm, copy_prompt, protocol="https")
tm.flow(llm, generator, ad_copy, protocol="https")
tm.flow(generator, image_model, image_prompt, protocol="https")
tm.flow(image_model, generator, images, protocol="https")
tm.flow(generator, asset_library, draft_assets)

tm.flow(asset_library, studio, draft_assets, approved_assets)
tm.flow(studio, marketer, draft_assets, protocol="https")
tm.flow(studio, brand_manager, draft_assets, protocol="https", label="review queue")
tm.flow(brand_manager, studio, approval, protocol="https")
tm.flow(studio, asset_library, approval, approved_assets, label="marks approved")

tm.flow(asset_library, publisher, approved_assets)
tm.flow(secrets, publisher, ad_tokens)
tm.flow(publisher, ad_platforms, approved_assets, ad_tokens, protocol="https")
tm.flow(ad_platforms, publisher, platform_status, protocol="https")
