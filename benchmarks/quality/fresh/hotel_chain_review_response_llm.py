"""Hotel chain review responses: the first design, before any security review.

Guests post reviews of our hotels on public travel sites. A connector polls the
sites' partner APIs, stores new reviews, and a drafting service asks a hosted LLM
to write a reply from the review text, the guest's stay record in the property
management system and the brand's response policies. The LLM also says whether
the review mentions safety (injury, fire, food poisoning, security incidents);
those reviews go to the legal team's escalation queue instead of the normal flow.
General managers open the drafts in a web workbench, edit them and press post;
the connector then publishes the reply through the site's API. The workbench is
behind the company SSO with per-hotel roles, every reply is approved by a GM
before it goes out, and the travel-site API keys live in the secrets vault.
The platform runs in our cloud tenant; the LLM is a vendor API under contract.
Hotels are in the EU and the UK, so stay records fall under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel review response drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted replies to public guest reviews, edited and posted by general managers.",
)

# ---------------------------------------------------------------- data assets
review = tg.Data(
    "Guest review",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Review text, rating, reviewer display name and stay month, as published.",
)
stay_lookup = tg.Data(
    "Stay lookup query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reviewer name, hotel and stay month used to find the booking.",
)
stay_record = tg.Data(
    "Stay record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Booking, room, folio summary and complaints logged by front desk.",
)
policies = tg.Data(
    "Response policies",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Brand voice guide, compensation rules and topics never to discuss.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Policies, the review and the matching stay record.",
)
completion = tg.Data(
    "Draft and safety flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The drafted reply and whether the review mentions a safety matter.",
)
draft = tg.Data("Draft reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
edited_reply = tg.Data(
    "Approved reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The reply as edited and approved by the general manager, to be published.",
)
escalation = tg.Data(
    "Safety escalation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The review, the stay record and the LLM's safety flag, for legal.",
)
legal_guidance = tg.Data(
    "Legal guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Privileged advice on whether and how to reply.",
)
site_credentials = tg.Data(
    "Travel site API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can write a review; the text is whatever they typed.
    guest = tm.add(tg.Actor("Reviewer", role="hotel guest or anyone with an account"))

with tm.boundary("Travel review platforms", trust=tg.Trust.PARTNER):
    # Booking and review sites that publish reviews and accept owner replies via partner APIs.
    review_sites = tm.add(
        tg.ExternalService(
            "Travel review sites",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Partner review and management-response APIs of the major travel sites.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the reply and flags safety topics; a hosted general-purpose model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; the contract has zero data retention.",
            controls={c.SupplierAssessment(note="procurement review and zero-retention DPA")},
        )
    )

with tm.boundary("Hotel cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls new reviews from the sites and publishes approved replies back.
    connector = tm.add(
        tg.Service(
            "Review site connector",
            description="Polls each site every 15 minutes; posts replies with the hotel's API key.",
            controls={c.SecretsManagement(note="API keys read from the vault at call time")},
        )
    )
    # Queue of reviews with their drafts, edits and status per hotel.
    review_db = tm.add(
        tg.DataStore(
            "Review and draft store",
            stores={review, draft, edited_reply},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt, calls the LLM and routes safety reviews to legal.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            description="Matches the review to a stay, assembles the prompt, stores the draft.",
        )
    )
    # Brand-maintained policies that go into every prompt.
    policy_store = tm.add(tg.DataStore("Response policy store", stores={policies}))
    # Where general managers read, edit and post replies.
    workbench = tm.add(
        tg.Endpoint(
            "Response workbench",
            purpose=tg.EndpointPurpose.API,
            description="Web app listing each hotel's reviews with the LLM draft.",
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(note="a GM sees only the reviews of their own hotel"),
                c.HumanInTheLoop(approver="the hotel's general manager"),
            },
        )
    )
    # Legal's queue for reviews that mention safety.
    legal_queue = tm.add(
        tg.Service(
            "Legal escalation queue",
            description="Case list in the legal team's matter tracker.",
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )

    with tm.boundary("Guest data zone", trust=tg.Trust.RESTRICTED):
        # Existing property management system: the source of stay records.
        pms = tm.add(
            tg.DataStore(
                "Property management system",
                stores={stay_record},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Edits and posts the replies for their hotel.
    gm = tm.add(tg.Actor("General manager", role="hotel general manager"))
    # Decides how safety-related reviews are answered.
    legal = tm.add(tg.Actor("Legal team", role="in-house counsel"))
    # Owns the brand voice guide and response policies.
    brand = tm.add(tg.Actor("Brand standards team", role="brand manager"))

# ---------------------------------------------------------------- flows
tm.flow(guest, review_sites, review, protocol="https", label="posts review")
tm.flow(connector, review_sites, site_credentials, protocol="https", label="poll with API key")
tm.flow(review_sites, connector, review, protocol="https", label="new reviews")
tm.flow(connector, review_db, review)

tm.flow(review_db, drafter, review)
tm.flow(drafter, pms, stay_lookup, protocol="https", label="find the stay")
tm.flow(pms, drafter, stay_record, protocol="https")
tm.flow(policy_store, drafter, policies)
tm.flow(brand, policy_store, policies, protocol="https", label="updates policies")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, review_db, draft)
tm.flow(drafter, legal_queue, escalation, label="safety mentioned")

tm.flow(legal_queue, legal, escalation, protocol="https")
tm.flow(legal, legal_queue, legal_guidance, protocol="https")
tm.flow(legal_queue, workbench, legal_guidance, label="guidance shown to the GM")

tm.flow(review_db, workbench, review, draft)
tm.flow(workbench, gm, review, draft, legal_guidance, protocol="https")
tm.flow(gm, workbench, edited_reply, protocol="https", label="edit and post")
tm.flow(workbench, review_db, edited_reply)
tm.flow(workbench, connector, edited_reply, label="publish")
tm.flow(
    connector, review_sites, edited_reply, site_credentials, protocol="https", label="post reply"
)
