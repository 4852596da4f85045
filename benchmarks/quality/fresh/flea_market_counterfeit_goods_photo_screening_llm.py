"""Flea market counterfeit screening assistant: the first design.

A weekend flea market in the Netherlands takes stall listings online. Traders
sign up on a small web portal (e-mail and password), describe what they will
sell and upload photos of their goods. A screening service picks up each new
listing, sends the photos, the listing text and the market's brand guidance to
a hosted vision-capable LLM, and stores the model's opinion on whether branded
goods look counterfeit together with a drafted warning to the trader. The market
manager reviews flagged listings in a back-office dashboard (Google Workspace
sign-in with 2-step verification), edits the draft and sends it; nothing reaches
a trader without the manager pressing send. Approved listings are published on
the market's public website. The whole thing runs on one managed cloud account;
the LLM vendor and the transactional e-mail provider are outside it. Uploads are
checked for file type and size; traffic on the internet is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Flea market counterfeit photo screening",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Screens traders' listing photos for counterfeit branded goods with a hosted LLM "
        "and drafts warnings the market manager reviews and sends."
    ),
)

# ---------------------------------------------------------------- data assets
trader_account = tg.Data(
    "Trader account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone number, stall number and chamber of commerce number.",
)
listing = tg.Data(
    "Listing details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the trader will sell: item descriptions, brands named, asking prices.",
)
photos = tg.Data(
    "Listing photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the goods as uploaded by the trader (may show people or stalls).",
)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
brand_guide = tg.Data(
    "Brand authenticity guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Commonly faked brands and the tells the manager has collected over the years.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, brand guidance, listing text, trader name and the photos.",
)
screening_result = tg.Data(
    "Counterfeit screening result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per listing: suspected brands, how likely a fake, and the reasons given.",
)
draft_warning = tg.Data(
    "Draft warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Warning letter to the trader drafted by the LLM, addressed by name.",
)
listing_decision = tg.Data(
    "Listing decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Manager's approve / hold / refuse on each listing.",
)
warning_email = tg.Data("Warning e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
published = tg.Data("Published listings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as a trader, including people who do sell fakes.
    trader = tm.add(tg.Actor("Trader", role="market trader"))
    # Shoppers browsing what will be on sale this weekend.
    visitor = tm.add(tg.Actor("Website visitor", role="shopper"))

with tm.boundary("Market office", trust=tg.Trust.INTERNAL):
    # Runs the market; the only person who sends warnings or refuses listings.
    manager = tm.add(tg.Actor("Market manager", role="market manager", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that looks at the photos and writes the draft.
    llm = tm.add(
        tg.LLM(
            "Screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vision-capable chat model; judges whether branded goods in the "
            "photos look counterfeit and drafts a warning to the trader.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the market already uses for stall confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Market cloud account", trust=tg.Trust.INTERNAL):
    # Where traders register and submit listings with photos.
    portal = tm.add(
        tg.Endpoint(
            "Trader portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG only, 10 MB per photo, 12 photos per listing"),
            },
        )
    )
    # Trader accounts and stall bookings.
    trader_db = tm.add(tg.DataStore("Trader register", stores={trader_account}))
    # Object storage for photos plus the listing rows.
    listing_store = tm.add(
        tg.DataStore(
            "Listing store",
            stores={listing, photos, listing_decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference text the manager maintains; fed into every prompt.
    guide_store = tm.add(tg.DataStore("Brand guidance document", stores={brand_guide}))
    # Picks up new listings, calls the LLM, stores the opinion and the draft.
    screener = tm.add(
        tg.Service(
            "Screening service",
            description="Triggered by each new or edited listing; builds the prompt and "
            "writes the result and the draft warning to the review queue.",
        )
    )
    # Results and drafts waiting for the manager.
    review_queue = tm.add(
        tg.DataStore("Screening review queue", stores={screening_result, draft_warning})
    )
    # Back office: flagged listings, photos side by side with the draft, send button.
    dashboard = tm.add(
        tg.Endpoint(
            "Manager dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace OIDC with 2-step verification"),
                c.HumanInTheLoop(approver="market manager"),
            },
        )
    )
    # Public page listing this weekend's traders and what they sell.
    website = tm.add(tg.Service("Market website"))

# ---------------------------------------------------------------- flows
tm.flow(trader, portal, trader_account, listing, photos, protocol="https")
tm.flow(portal, trader, listing_status, protocol="https")
tm.flow(portal, trader_db, trader_account)
tm.flow(trader_db, portal, trader_account, label="account lookup at sign-in")
tm.flow(portal, listing_store, listing, photos)
tm.flow(listing_store, portal, listing_status)

tm.flow(listing_store, screener, listing, photos, label="new or edited listing")
tm.flow(trader_db, screener, trader_account, label="trader name for the draft")
tm.flow(guide_store, screener, brand_guide)
tm.flow(screener, llm, screening_prompt, protocol="https")
tm.flow(llm, screener, screening_result, draft_warning, protocol="https")
tm.flow(screener, review_queue, screening_result, draft_warning)

tm.flow(review_queue, dashboard, screening_result, draft_warning)
tm.flow(listing_store, dashboard, listing, photos)
tm.flow(dashboard, manager, screening_result, draft_warning, photos, protocol="https")
tm.flow(manager, dashboard, listing_decision, warning_email, brand_guide, protocol="https")
tm.flow(dashboard, listing_store, listing_decision)
tm.flow(dashboard, guide_store, brand_guide, label="manager edits guidance")
tm.flow(dashboard, mailer, warning_email, protocol="https")
tm.flow(mailer, trader, warning_email, protocol="smtp")

tm.flow(listing_store, website, published, label="published listings")
tm.flow(website, visitor, published, protocol="https")
