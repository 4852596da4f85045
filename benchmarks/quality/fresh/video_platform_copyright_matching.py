"""Video platform copyright matching: the first design, before any security review.

Creators upload videos to our platform through the creator API. Every upload is
run through an in-house audio/video fingerprinting model, and the matching
service compares its fingerprints against an index of reference fingerprints
built from files that rights holders (labels, studios, broadcasters) send us
through the rights holder portal. A match above the policy threshold makes the
claims engine act on its own: it blocks the video or sets a revenue claim that
redirects ad revenue to the rights holder in the revenue ledger. Creators see
claims in the creator studio and can dispute them; disputes go to a review queue
worked by our content ID reviewers, whose decision releases or upholds the claim.
Everything runs in our production cloud, with the revenue ledger in the finance
tenancy. Controls in this design: OAuth sign-in and upload quotas on the creator
API, partner SSO on the portal, encrypted video storage, an audit log of claim
actions, and a human-reviewed dispute process.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Video platform copyright matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Automatic fingerprint matching of uploads against rights holders' reference "
        "files, with automatic blocks and revenue claims and a human dispute queue."
    ),
)

# ---------------------------------------------------------------- data assets
upload = tg.Data(
    "Uploaded video",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Creator's video and metadata; private until published.",
)
reference_files = tg.Data(
    "Reference files",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Rights holders' masters and ownership metadata (territories, policy).",
)
upload_fp = tg.Data("Upload fingerprints", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
reference_fp = tg.Data(
    "Reference fingerprints",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
match = tg.Data(
    "Match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Matched reference, segment offsets and similarity score.",
)
claim = tg.Data(
    "Copyright claim",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Block or revenue claim on a video, with the claimant and the match.",
)
video_status = tg.Data(
    "Video availability and monetisation status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
revenue = tg.Data(
    "Revenue assignment",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dispute = tg.Data(
    "Dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Creator's identity, contact details and statement (licence, fair use).",
)
dispute_decision = tg.Data("Dispute decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a channel and upload, including repeat infringers.
    uploader = tm.add(tg.Actor("Uploader", role="creator"))

with tm.boundary("Rights holder organisations", trust=tg.Trust.PARTNER):
    # Onboarded labels and studios who deliver reference files and receive claims.
    rights_holder = tm.add(tg.Actor("Rights holder", role="rights holder"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Creator-facing API for uploads, claim notices and disputes.
    creator_api = tm.add(
        tg.Endpoint(
            "Creator API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth 2.0 platform accounts"),
                c.RateLimiting(requests_per_minute=30, note="per-channel upload quota"),
                c.InputValidation(note="container, codec and size checks before transcoding"),
            },
        )
    )
    # Partner portal where rights holders deliver reference files and see their claims.
    portal = tm.add(
        tg.Endpoint(
            "Rights holder portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="partner SSO")},
        )
    )
    # Object storage holding uploads before and after publication.
    video_store = tm.add(
        tg.DataStore(
            "Upload storage",
            stores={upload},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Catalogue the player reads: whether a video is live, blocked or monetised for whom.
    catalogue = tm.add(tg.DataStore("Video catalogue", stores={video_status}))
    # Queue of disputed claims waiting for a reviewer.
    dispute_queue = tm.add(
        tg.Service(
            "Dispute review queue",
            controls={
                c.Contestability(note="creators can dispute any claim from the studio"),
                c.HumanInTheLoop(approver="a content ID reviewer"),
            },
        )
    )

    with tm.boundary("Content ID cluster", trust=tg.Trust.INTERNAL):
        # Turns audio and video into compact fingerprints, for uploads and references alike.
        fp_model = tm.add(
            tg.Model(
                "Fingerprinting model",
                task=tg.Task.EMBEDDING,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Perceptual audio and frame fingerprints, robust to re-encoding.",
            )
        )
        # Nearest-neighbour index over every reference fingerprint.
        ref_index = tm.add(tg.VectorStore("Reference fingerprint index", stores={reference_fp}))
        # Compares upload fingerprints to the index and scores candidate matches.
        matcher = tm.add(tg.Service("Matching service"))
        # Applies the rights holder's policy to a match: block or claim revenue, automatically.
        claims_engine = tm.add(
            tg.Service(
                "Claims engine",
                controls={c.AuditLogging(retention_days=730)},
            )
        )
        # Every claim with its state (active, disputed, released, upheld).
        claims_db = tm.add(tg.DataStore("Claims database", stores={claim, dispute}))

with tm.boundary("Finance tenancy", trust=tg.Trust.RESTRICTED):
    # Who is paid the ad revenue of each video; feeds monthly payouts.
    ledger = tm.add(tg.DataStore("Revenue ledger", stores={revenue}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust and safety staff who decide disputes.
    reviewer = tm.add(tg.Actor("Content ID reviewer", role="reviewer"))

# ---------------------------------------------------------------- flows
# Uploads and fingerprinting
tm.flow(uploader, creator_api, upload, protocol="https")
tm.flow(creator_api, video_store, upload)
tm.flow(video_store, fp_model, upload, label="new upload")
tm.flow(fp_model, matcher, upload_fp)

# Reference delivery
tm.flow(rights_holder, portal, reference_files, protocol="https")
tm.flow(portal, fp_model, reference_files, label="reference ingestion")
tm.flow(fp_model, ref_index, reference_fp)

# Matching and automatic enforcement
tm.flow(matcher, ref_index, upload_fp, label="nearest-neighbour query")
tm.flow(ref_index, matcher, reference_fp, label="candidates")
tm.flow(matcher, claims_engine, match)
tm.flow(claims_engine, claims_db, claim)
tm.flow(claims_engine, catalogue, video_status, label="block or monetise")
tm.flow(claims_engine, ledger, revenue, protocol="https", label="redirect ad revenue")

# Claim notices
tm.flow(claims_db, creator_api, claim)
tm.flow(creator_api, uploader, claim, protocol="https", label="claim notice")
tm.flow(claims_db, portal, claim)
tm.flow(portal, rights_holder, claim, protocol="https", label="claims report")

# Disputes
tm.flow(uploader, creator_api, dispute, protocol="https", label="dispute")
tm.flow(creator_api, dispute_queue, dispute)
tm.flow(claims_db, dispute_queue, claim, label="claim under dispute")
tm.flow(dispute_queue, reviewer, dispute, claim, protocol="https")
tm.flow(reviewer, dispute_queue, dispute_decision, protocol="https")
tm.flow(dispute_queue, claims_engine, dispute_decision, label="release or uphold")
tm.flow(claims_engine, creator_api, dispute_decision)
tm.flow(creator_api, uploader, dispute_decision, protocol="https", label="dispute outcome")
