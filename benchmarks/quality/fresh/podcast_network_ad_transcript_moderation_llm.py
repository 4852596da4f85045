"""Podcast network brand-safety screening: the first design, before any security review.

A European podcast network hosts around 300 shows, many made by independent
producers who upload finished episodes through a creator portal before release.
Each episode is transcribed by a speech-to-text vendor, and a brand-safety checker
sends the transcript, segment by segment, to a hosted LLM together with the
brand-safety rules of the advertisers booked on the show. The LLM returns a verdict
per segment (safe, or a category such as violence, drugs, profanity or politics).
Episodes rated safe have their brand-safety labels pushed straight to the dynamic ad
insertion platform; episodes with a flagged segment wait for an ad operations
reviewer, who reads the flagged excerpts in a review console and decides which ad
categories may run. Everything runs in the network's cloud account; the console uses
company SSO, the vendor calls go over HTTPS with keys from the secrets manager, and
the media and transcript buckets are encrypted at rest.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Podcast ad brand-safety screening",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM screening of unreleased episode transcripts against advertisers' "
        "brand-safety rules before dynamic ad insertion."
    ),
)

# ---------------------------------------------------------------- data assets
episode_audio = tg.Data(
    "Episode audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Unreleased episode recordings: voices, names and opinions of hosts and guests.",
)
episode_metadata = tg.Data(
    "Episode metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Show, title, release date, host and guest names, producer contact e-mail.",
)
upload_status = tg.Data("Upload status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcript = tg.Data(
    "Episode transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Timestamped speech-to-text of the unreleased episode, with speaker turns.",
)
advertiser_policy = tg.Data(
    "Advertiser brand-safety policy",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per advertiser: excluded categories, sensitive keywords, competitor names.",
)
screening_prompt = tg.Data(
    "Brand-safety screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Category instructions, the booked advertisers' rules and one transcript segment.",
)
segment_verdict = tg.Data(
    "Segment brand-safety verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per segment: safe or a brand-safety category, with a short reason.",
)
flagged_excerpts = tg.Data(
    "Flagged segment excerpts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The flagged segments' transcript text, timestamps and the LLM's reasons.",
)
review_decision = tg.Data(
    "Ad ops review decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which ad categories may run on the episode, and who decided.",
)
ad_labels = tg.Data(
    "Episode brand-safety labels",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Episode id, ad-break timestamps and the brand-safety categories they carry.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Independent producers and in-house show teams; anyone the network signs can upload.
    creator = tm.add(tg.Actor("Podcast producer", role="creator"))

with tm.boundary("Network cloud account", trust=tg.Trust.INTERNAL):
    # Where producers deliver finished episodes ahead of their release date.
    portal = tm.add(
        tg.Endpoint(
            "Creator upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="e-mail and password, optional authenticator-app 2FA"
                ),
                tg.controls.InputValidation(note="audio format, duration and file size checked"),
            },
        )
    )
    # Sends each new episode to the speech-to-text vendor and stores the result.
    transcription = tm.add(
        tg.Pipeline(
            "Transcription pipeline",
            stage=tg.Stage.INGESTION,
            controls={tg.controls.SecretsManagement(note="vendor API key in the secrets manager")},
        )
    )
    # Splits transcripts into segments, asks the LLM for a verdict, routes the outcome.
    checker = tm.add(
        tg.Service(
            "Brand-safety checker",
            description=(
                "Builds a prompt per transcript segment with the booked advertisers' rules, "
                "parses the LLM's verdicts, pushes labels for safe episodes and queues "
                "flagged episodes for review."
            ),
            controls={
                tg.controls.SecretsManagement(note="LLM API key in the secrets manager"),
                tg.controls.OutputFiltering(
                    note="verdicts parsed against a JSON schema of the allowed categories"
                ),
                tg.controls.HumanInTheLoop(
                    approver="an ad operations reviewer",
                    note=(
                        "flagged episodes only; episodes rated safe have their labels "
                        "pushed straight to the ad platform"
                    ),
                ),
            },
        )
    )
    # Where the ad ops team reads flagged excerpts, decides, and edits advertiser rules.
    console = tm.add(
        tg.Endpoint(
            "Brand-safety review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Google Workspace SSO with 2SV"),
                tg.controls.RBAC(note="ad operations group only"),
            },
        )
    )

    with tm.boundary("Content storage", trust=tg.Trust.RESTRICTED):
        # Raw uploads, kept until release and then archived.
        media_store = tm.add(
            tg.DataStore(
                "Episode media bucket",
                stores={episode_audio, episode_metadata},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Transcripts the checker reads and reviewers see excerpts of.
        transcript_store = tm.add(
            tg.DataStore(
                "Transcript bucket",
                stores={transcript},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Advertisers' exclusion categories and keywords, entered by ad ops.
        policy_store = tm.add(
            tg.DataStore("Advertiser policy database", stores={advertiser_policy})
        )
        # Per-segment verdicts, the review queue and reviewers' decisions.
        results_store = tm.add(
            tg.DataStore(
                "Brand-safety results database",
                stores={segment_verdict, flagged_excerpts, review_decision},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Ad operations staff who clear flagged episodes and maintain advertiser rules.
    reviewer = tm.add(tg.Actor("Ad operations reviewer", role="ad operations"))

with tm.boundary("Transcription vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text API; audio leaves our account for it.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides=tg.ExternalCategory.MODEL_API))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used as the brand-safety classifier.
    llm = tm.add(
        tg.LLM(
            "Brand-safety screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Classifies transcript segments into brand-safety categories.",
            controls={
                tg.controls.SupplierAssessment(note="enterprise terms, no training on our data")
            },
        )
    )

with tm.boundary("Ad tech partner", trust=tg.Trust.PARTNER):
    # SaaS dynamic ad insertion: stitches ads into episodes at download time.
    ad_platform = tm.add(tg.ExternalService("Dynamic ad insertion platform"))

# ---------------------------------------------------------------- flows
tm.flow(creator, portal, episode_audio, episode_metadata, protocol="https")
tm.flow(portal, creator, upload_status, protocol="https")
tm.flow(portal, media_store, episode_audio, episode_metadata)

tm.flow(media_store, transcription, episode_audio)
tm.flow(transcription, stt, episode_audio, protocol="https")
tm.flow(stt, transcription, transcript, protocol="https")
tm.flow(transcription, transcript_store, transcript)

tm.flow(transcript_store, checker, transcript)
tm.flow(media_store, checker, episode_metadata, label="show and release date")
tm.flow(policy_store, checker, advertiser_policy)
tm.flow(checker, llm, screening_prompt, protocol="https")
tm.flow(llm, checker, segment_verdict, protocol="https")
tm.flow(checker, results_store, segment_verdict, flagged_excerpts)
tm.flow(checker, ad_platform, ad_labels, protocol="https", label="safe episodes")

tm.flow(results_store, console, segment_verdict, flagged_excerpts)
tm.flow(console, reviewer, flagged_excerpts, protocol="https")
tm.flow(reviewer, console, review_decision, advertiser_policy, protocol="https")
tm.flow(console, results_store, review_decision)
tm.flow(console, policy_store, advertiser_policy, label="rule edits")
tm.flow(console, ad_platform, ad_labels, protocol="https", label="reviewed episodes")
