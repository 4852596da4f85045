"""Print-on-demand copyright screening: the first design, before any security review.

Sellers on our print-on-demand marketplace upload designs (for T-shirts, mugs, posters)
through the seller API. Before a design can go on sale, a screening orchestrator in our
cloud runs an in-house vision model that compares the image with a reference index of
registered trademarks and artworks, then sends the design's title, tags and the match
results to a hosted LLM (a vendor's model API) that decides approve, reject or send to
human review. Rights-holders upload their reference artworks through a partner portal;
an ingestion pipeline embeds them into the reference index. Rejected sellers can appeal;
trust-and-safety reviewers decide appeals and review-queue cases in a review console,
and their decisions feed a weekly job that re-tunes the screening thresholds.
Controls in this design: seller and partner sign-in, upload quotas and file checks,
TLS on internet and vendor calls, SSO and roles for reviewers with an audit trail,
an appeal path for sellers, and encrypted storage of designs and decisions.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Print-on-demand copyright screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Screens seller designs against rights-holders' registered works with a vision "
        "matcher and a hosted LLM before listing; appeals go to human reviewers."
    ),
)

# ---------------------------------------------------------------- data assets
design_image = tg.Data(
    "Design image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The seller's uploaded artwork, unpublished until approved.",
)
title_tags = tg.Data(
    "Design title and tags",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free text the seller writes for the listing.",
)
seller_account = tg.Data(
    "Seller account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller name, e-mail and shop id attached to each upload and appeal.",
)
reference_art = tg.Data(
    "Reference artworks and trademarks",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Registered marks and artworks supplied by rights-holders, with owner claims.",
)
reference_embeddings = tg.Data(
    "Reference embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
match_results = tg.Data(
    "Match results",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Top reference matches with similarity scores and the rights-holder named.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Policy instructions, the title and tags, and the match results.",
)
screening_decision = tg.Data(
    "Screening decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="approve / reject / review, with the LLM's stated reason.",
)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
review_case = tg.Data(
    "Review case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Design, match results, LLM reason, seller details and any appeal text.",
)
appeal = tg.Data(
    "Seller appeal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The seller's statement and evidence of licence or original authorship.",
)
reviewer_verdict = tg.Data(
    "Reviewer verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
decision_records = tg.Data(
    "Screening decision log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Every screening and appeal outcome with seller id, kept for disputes.",
)
thresholds = tg.Data(
    "Screening thresholds",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Similarity cut-offs that decide which matches the LLM is told are strong.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller shop, including people uploading knock-offs.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))

with tm.boundary("Rights-holder organisations", trust=tg.Trust.PARTNER):
    # Brands, studios and artists' agents enrolled in the rights programme.
    rights_holder = tm.add(tg.Actor("Rights-holder", role="rights-holder partner"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that makes the screening call from text and match results.
    llm = tm.add(
        tg.LLM(
            "Screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted chat model prompted to classify a design as approve, "
            "reject or review from its title, tags and match results.",
        )
    )

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # Where sellers upload designs, see listing status and file appeals.
    seller_api = tm.add(
        tg.Endpoint(
            "Seller API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image type, size and dimension checks"),
            },
        )
    )
    # Where rights-holders upload reference works to be protected.
    partner_portal = tm.add(
        tg.Endpoint(
            "Rights-holder partner portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.InputValidation(note="image type and size checks"),
            },
        )
    )
    # Holds uploaded designs until and after screening.
    design_store = tm.add(
        tg.DataStore(
            "Design storage",
            stores={design_image, title_tags},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs each upload through matching and the LLM, applies the outcome.
    orchestrator = tm.add(
        tg.Service(
            "Screening orchestrator",
            description="Calls the vision matcher, builds the prompt, parses the LLM's "
            "answer and sets the listing status or opens a review case.",
        )
    )

    with tm.boundary("Matching cluster", trust=tg.Trust.INTERNAL):
        # Finds registered works that look like the design.
        matcher = tm.add(
            tg.Model(
                "Vision similarity matcher",
                task=tg.Task.RANKER,
                returns_scores=True,
                description="In-house image-embedding model with nearest-neighbour search.",
            )
        )
        # Embeddings of every registered reference work.
        reference_index = tm.add(
            tg.VectorStore("Reference artwork index", stores={reference_embeddings, reference_art})
        )
        # Turns new reference uploads into index entries.
        ingestion = tm.add(
            tg.Pipeline(
                "Reference ingestion pipeline",
                stage=tg.Stage.INGESTION,
                description="Embeds new reference artworks and adds them to the index.",
            )
        )

    with tm.boundary("Trust and safety tools", trust=tg.Trust.INTERNAL):
        # Queue for review-routed designs and seller appeals.
        review_console = tm.add(
            tg.Service(
                "Review and appeals console",
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=730),
                    c.Contestability(note="rejected sellers can appeal to a human reviewer"),
                    c.HumanInTheLoop(approver="trust-and-safety reviewer"),
                },
            )
        )
        # Record of every outcome, used for disputes and threshold tuning.
        decision_log = tm.add(
            tg.DataStore(
                "Decision log",
                stores={decision_records, reviewer_verdict},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Re-tunes similarity cut-offs from reviewer outcomes.
        tuning = tm.add(
            tg.Pipeline(
                "Weekly threshold tuning",
                stage=tg.Stage.TRAINING,
                description="Fits new similarity cut-offs so that screening agrees with "
                "reviewer verdicts on last week's cases.",
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides review-queue cases and appeals.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="trust and safety reviewer"))

# ---------------------------------------------------------------- flows
# seller uploads and status
tm.flow(seller, seller_api, design_image, title_tags, seller_account, protocol="https")
tm.flow(seller_api, design_store, design_image, title_tags)
tm.flow(seller_api, orchestrator, title_tags, seller_account, label="screen new upload")
tm.flow(orchestrator, seller_api, listing_status)
tm.flow(seller_api, seller, listing_status, protocol="https")

# matching
tm.flow(design_store, orchestrator, design_image, title_tags)
tm.flow(orchestrator, matcher, design_image)
tm.flow(reference_index, matcher, reference_embeddings, label="nearest neighbours")
tm.flow(matcher, orchestrator, match_results)

# LLM decision
tm.flow(orchestrator, llm, screening_prompt, protocol="https")
tm.flow(llm, orchestrator, screening_decision, protocol="https")
tm.flow(orchestrator, decision_log, decision_records)

# review queue and appeals
tm.flow(orchestrator, review_console, review_case, label="review outcomes")
tm.flow(seller, seller_api, appeal, protocol="https", label="appeal a rejection")
tm.flow(seller_api, review_console, appeal)
tm.flow(review_console, reviewer, review_case, design_image, protocol="https")
tm.flow(reviewer, review_console, reviewer_verdict, protocol="https")
tm.flow(review_console, decision_log, reviewer_verdict, decision_records)
tm.flow(review_console, seller_api, listing_status, label="appeal outcome")

# threshold tuning
tm.flow(decision_log, tuning, decision_records, reviewer_verdict)
tm.flow(tuning, orchestrator, thresholds, label="publish new thresholds")

# rights-holder references
tm.flow(rights_holder, partner_portal, reference_art, protocol="https")
tm.flow(partner_portal, rights_holder, listing_status, protocol="https", label="upload status")
tm.flow(partner_portal, ingestion, reference_art)
tm.flow(ingestion, reference_index, reference_embeddings, reference_art)
