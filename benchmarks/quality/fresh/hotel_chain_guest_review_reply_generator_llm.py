"""Guest review reply generator: the first design, before any security review.

A European hotel chain answers the reviews guests leave on travel sites. A sync
service polls the travel sites' partner APIs every hour and files new reviews in a
review inbox. A drafting service builds a prompt from the review, the chain's brand
reply guidelines and, when the reviewer can be matched to a reservation in the
property management system, the details of the stay; a hosted LLM writes a draft
reply. Each hotel's manager opens the manager portal (internet-facing, behind the
corporate SSO with MFA), edits the draft and approves it; a publisher service then
posts the approved reply through the travel site's API. The brand team maintains the
guidelines. Controls in this design: SSO with MFA and per-hotel roles on the portal,
a manager's approval of every reply, audit logging of edits, encryption at rest of
the inbox, partner API keys in the cloud secrets manager, and a vetted LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel chain guest review reply generator",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted replies to travel-site reviews, edited and posted by hotel managers.",
)

# ---------------------------------------------------------------- data assets
review = tg.Data(
    "Guest review",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Review text, rating, reviewer display name and stay month; public on "
    "the travel site but still personal data.",
)
stay_details = tg.Data(
    "Stay details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dates, room type, loyalty tier and front-desk notes of the matched stay.",
)
reservations = tg.Data(
    "Guest reservations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
guidelines = tg.Data(
    "Brand reply guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tone of voice, phrases to avoid, approved goodwill offers, hotel facts.",
)
prompt = tg.Data(
    "Reply prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the guidelines, the review and any matched stay details.",
)
draft = tg.Data("Draft reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved = tg.Data(
    "Approved reply",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The manager's edited final text, to be posted publicly.",
)
published = tg.Data("Published reply", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
post_receipt = tg.Data("Posting confirmation", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Writes the review (anyone can post one, not only real guests) and reads our reply.
    guest = tm.add(tg.Actor("Guest", role="reviewer"))

with tm.boundary("Travel sites", trust=tg.Trust.PARTNER):
    # Booking and review platforms we have partner API agreements with.
    travel_sites = tm.add(
        tg.ExternalService(
            "Travel review sites",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Partner APIs of the booking and review platforms.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model that writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model; EU region, no training on our prompts per the DPA.",
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Pulls new reviews from each site's partner API.
    review_sync = tm.add(
        tg.Service(
            "Review sync service",
            description="Polls each travel site hourly for new reviews of our hotels.",
            controls={c.SecretsManagement()},
        )
    )
    # Reviews, drafts and approved replies with their status, per hotel.
    inbox = tm.add(
        tg.DataStore(
            "Review inbox",
            stores={review, draft, approved},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reference material every draft is written from.
    guideline_store = tm.add(tg.DataStore("Brand guidelines store", stores={guidelines}))
    # Assembles the prompt and calls the LLM for each new review.
    drafting = tm.add(
        tg.Service(
            "Reply drafting service",
            description="Matches the reviewer to a reservation by name and stay month, "
            "then asks the LLM for a draft.",
        )
    )
    # Where managers edit and approve drafts.
    portal = tm.add(
        tg.Endpoint(
            "Manager portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web app; each manager sees the reviews of their own hotel.",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the hotel's manager"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Posts approved replies back through the travel sites' APIs.
    publisher = tm.add(
        tg.Service(
            "Reply publisher",
            description="Posts only replies whose status is approved.",
            controls={c.SecretsManagement()},
        )
    )

    with tm.boundary("Hotel systems", trust=tg.Trust.RESTRICTED):
        # The chain's existing reservation system, read for stay details.
        pms = tm.add(
            tg.DataStore(
                "Property management system",
                stores={reservations},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed keys")},
            )
        )

with tm.boundary("Hotel and head-office networks", trust=tg.Trust.INTERNAL):
    # Edits and approves the replies for their hotel.
    manager = tm.add(tg.Actor("Hotel manager", role="hotel manager"))
    # Maintains the tone-of-voice guidelines and approved offers.
    brand_lead = tm.add(tg.Actor("Brand communications lead", role="brand team"))

# ---------------------------------------------------------------- flows
tm.flow(guest, travel_sites, review, protocol="https")
tm.flow(travel_sites, review_sync, review, protocol="https", label="hourly poll")
tm.flow(review_sync, inbox, review)

tm.flow(inbox, drafting, review, label="new reviews")
tm.flow(pms, drafting, stay_details, label="reservation lookup")
tm.flow(guideline_store, drafting, guidelines)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, inbox, draft)

tm.flow(inbox, portal, review, draft)
tm.flow(portal, manager, review, draft, protocol="https")
tm.flow(manager, portal, approved, protocol="https", label="edits and approves")
tm.flow(portal, inbox, approved)

tm.flow(inbox, publisher, approved)
tm.flow(publisher, travel_sites, approved, protocol="https")
tm.flow(travel_sites, publisher, post_receipt, protocol="https")
tm.flow(travel_sites, guest, published, protocol="https")

tm.flow(brand_lead, guideline_store, guidelines, protocol="https", label="edits guidelines")
