"""Bus shelter ad screen moderation: the first design, before any security review.

An outdoor advertising company runs about 900 digital screens in bus shelters
under a city council concession. Local businesses and agencies sign up on a
self-serve portal, upload image or short video creatives with their copy, and
book slots on chosen shelters. Before anything is scheduled, a moderation
service samples video frames, adds the advertising code and the council's
concession rules, and asks a hosted multimodal LLM for a verdict: approve,
reject with reasons, or refer. Approved creatives go straight to the scheduling
CMS; referred ones wait for an ad-operations moderator in a review console.
Screens pull their playlists and creatives from the CMS over 4G and report
proof of play. Advertisers hear the outcome by e-mail. The portal checks file
types and sizes, staff sign in with SSO, and every verdict is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus shelter advertising screen content moderation LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM moderation of self-serve ad creatives before they play on public bus shelter screens.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Advertiser account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Business name, contact name, e-mail, phone and billing address.",
)
creative = tg.Data(
    "Ad creative",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Image or video up to 15 seconds, with headline and call-to-action text.",
)
booking = tg.Data(
    "Campaign booking",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Chosen shelters, dates, slot count and ad category.",
)
booking_status = tg.Data(
    "Booking status page", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
policy_rules = tg.Data(
    "Advertising code and concession rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="National advertising code plus council bans (alcohol and HFSS near schools, political ads).",
)
moderation_prompt = tg.Data(
    "Moderation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Policy rules, sampled frames, ad copy and booking category.",
)
verdict = tg.Data(
    "Moderation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="approve / reject / refer, with the rules cited and a short reason.",
)
moderation_record = tg.Data(
    "Moderation record", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_queue_item = tg.Data(
    "Referred creative for review", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
moderator_decision = tg.Data(
    "Moderator decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approved_creative = tg.Data(
    "Approved creative release", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
playlist = tg.Data(
    "Screen playlist and creatives",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
proof_of_play = tg.Data("Proof-of-play log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
outcome_email = tg.Data("Moderation outcome e-mail", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a card can sign up and buy slots: small businesses, agencies, individuals.
    advertiser = tm.add(tg.Actor("Advertiser", role="self-serve advertiser"))

with tm.boundary("Bus shelters", trust=tg.Trust.UNTRUSTED):
    # The screens stand on the street; each is a small media player on a 4G router.
    screen = tm.add(
        tg.Device(
            "Bus shelter ad screen",
            fleet=True,
            description="Digital 6-sheet screen with an embedded media player, pulls content over 4G.",
        )
    )

with tm.boundary("Ad platform cloud", trust=tg.Trust.INTERNAL):
    # The self-serve storefront where creatives and bookings come in.
    portal = tm.add(
        tg.Endpoint(
            "Self-serve ad portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(
                    note="JPEG, PNG or MP4 only; size, resolution and length checked"
                ),
            },
        )
    )
    # Builds the prompt, calls the LLM and routes each creative by its verdict.
    moderation = tm.add(
        tg.Service(
            "Creative moderation service",
            description="Samples video frames, screens each creative against the policy with the LLM, "
            "sends approvals to scheduling and referrals to the review queue.",
            controls={
                c.HumanInTheLoop(
                    approver="ad-operations moderator",
                    note="referred verdicts only; approvals go straight to scheduling",
                ),
                c.FailClosed(fallback="creatives stay pending when the LLM does not answer"),
            },
        )
    )
    # Where ad operations staff decide the referred creatives.
    console = tm.add(
        tg.Endpoint(
            "Moderation review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO")},
        )
    )
    # Schedules approved creatives into each shelter's playlist and serves them to screens.
    cms = tm.add(
        tg.Service(
            "Screen scheduling CMS",
            description="Commercial digital-signage CMS, hosted in our cloud account.",
        )
    )
    # Advertiser accounts and their bookings.
    campaign_db = tm.add(tg.DataStore("Campaign database", stores={account, booking}))
    # Uploaded creatives, kept for moderation, playback and disputes.
    creative_store = tm.add(tg.DataStore("Creative store", stores={creative}))
    # The policy text the prompt is built from; edited by the compliance lead.
    policy_store = tm.add(tg.DataStore("Advertising policy guidelines", stores={policy_rules}))
    # Record of every verdict, for the council's quarterly concession report.
    moderation_log = tm.add(
        tg.DataStore(
            "Moderation decision log",
            stores={moderation_record},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the frames and copy and returns a verdict.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal moderation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model used to screen ads against the policy.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends account and moderation e-mails to advertisers.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Ad operations staff who decide referred creatives.
    moderator = tm.add(tg.Actor("Ad-operations moderator", role="moderator"))

# ---------------------------------------------------------------- flows
tm.flow(advertiser, portal, account, creative, booking, protocol="https")
tm.flow(portal, advertiser, booking_status, protocol="https")
tm.flow(portal, campaign_db, account, booking)
tm.flow(campaign_db, portal, booking, label="advertiser's bookings")
tm.flow(portal, creative_store, creative)

tm.flow(creative_store, moderation, creative)
tm.flow(campaign_db, moderation, booking)
tm.flow(policy_store, moderation, policy_rules)
tm.flow(moderation, llm, moderation_prompt, protocol="https")
tm.flow(llm, moderation, verdict, protocol="https")
tm.flow(moderation, moderation_log, moderation_record)
tm.flow(moderation, campaign_db, verdict, label="booking status")

tm.flow(moderation, console, review_queue_item)
tm.flow(creative_store, console, creative)
tm.flow(console, moderator, review_queue_item, creative, protocol="https")
tm.flow(moderator, console, moderator_decision, protocol="https")
tm.flow(console, moderation, moderator_decision)

tm.flow(moderation, cms, approved_creative)
tm.flow(creative_store, cms, creative)
tm.flow(cms, screen, playlist, protocol="https")
tm.flow(screen, cms, proof_of_play, protocol="https")

tm.flow(moderation, mail, outcome_email, protocol="https")
tm.flow(mail, advertiser, outcome_email, protocol="smtp")
