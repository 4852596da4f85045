"""Neighbourhood noticeboard post screening: the first design, before any security review.

Residents of neighbourhoods across the UK and the EU use our phone app to post
notices, lost-pet alerts and items for sale (with photos) to their neighbourhood
feed. Before a post is published, the posting API hands its text to a screening
service, which sends it with a classification prompt to a hosted LLM API; the
model labels it for harassment, scams and personal data. Flagged posts wait in a
moderation queue worked by volunteer moderators (residents who signed up) in a
web console; all others are published to the feed at once, and lost-pet alerts
are also pushed to nearby residents' phones. Everything but the LLM runs in our
cloud account. Controls: e-mail magic-link sign-in, per-account posting limits
and size checks on the API, TLS on every link, encrypted post storage, a DPA
with the LLM vendor, and moderators who see only their own neighbourhood's queue.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Neighbourhood noticeboard post screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM screening of residents' posts before they reach the neighbourhood feed.",
)

# ---------------------------------------------------------------- data assets
draft_post = tg.Data(
    "Draft post",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Title, text, category and neighbourhood; often names, phone numbers, streets.",
)
photos = tg.Data("Post photos", sensitivity=tg.Sensitivity.PII, kind="media")
post_status = tg.Data("Post status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Our classification instructions with the post text appended.",
)
llm_labels = tg.Data(
    "LLM screening labels",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="JSON: harassment, scam and personal-data flags with a short reason.",
)
screening_log = tg.Data("Screening log entries", sensitivity=tg.Sensitivity.PII, kind="logs")
screened_post = tg.Data(
    "Screened post",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The post with its labels and state: published or flagged.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
feed = tg.Data("Neighbourhood feed", sensitivity=tg.Sensitivity.PII, kind="records")
pet_alert = tg.Data("Lost-pet alert", sensitivity=tg.Sensitivity.PII, kind="records")
flagged_post = tg.Data("Flagged post", sensitivity=tg.Sensitivity.PII, kind="records")
moderator_action = tg.Data(
    "Moderator action",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Publish, reject, or edit out personal data, with a note to the author.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who signs up and claims an address in a neighbourhood.
    resident = tm.add(tg.Actor("Resident", role="resident"))
    # Residents who volunteered to moderate their own neighbourhood.
    moderator = tm.add(tg.Actor("Volunteer moderator", role="volunteer moderator"))
    # Our iOS and Android app on residents' phones.
    app = tm.add(tg.Device("Resident phone app", fleet=True))

with tm.boundary("App cloud account", trust=tg.Trust.INTERNAL):
    # Receives new posts from the app.
    posting_api = tm.add(
        tg.Endpoint(
            "Posting API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail magic link"),
                c.RateLimiting(requests_per_minute=5),
                c.InputValidation(note="length, category and image type and size checks"),
            },
        )
    )
    # Builds the screening prompt, calls the LLM and publishes or flags the post.
    screener = tm.add(
        tg.Service(
            "Post screening service",
            description="Publishes posts with no flag at once; flagged posts go to moderation.",
            controls={
                c.HumanInTheLoop(
                    approver="volunteer moderators", note="only for posts the LLM flags"
                )
            },
        )
    )
    # Prompts and labels kept to tune the prompt and answer complaints.
    log_store = tm.add(tg.DataStore("Screening log store", stores={screening_log}))
    # All posts, published and flagged, with their state.
    post_db = tm.add(
        tg.DataStore(
            "Post database",
            stores={screened_post},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage for photos attached to posts; not sent to the LLM.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Serves each resident their neighbourhood's published posts.
    feed_api = tm.add(
        tg.Endpoint(
            "Feed API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail magic link")},
        )
    )
    # Web console where volunteers work their neighbourhood's flagged posts.
    mod_console = tm.add(
        tg.Endpoint(
            "Moderation console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail magic link"),
                c.RBAC(note="moderators see only their own neighbourhood's queue"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model used as a zero-shot classifier.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completions API, called with our API key.",
            controls={c.SupplierAssessment(note="DPA signed; API data not used for training")},
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Apple and Google push services delivering lost-pet alerts.
    push = tm.add(tg.ExternalService("Push notification service"))

# ---------------------------------------------------------------- flows
# posting
tm.flow(resident, app, draft_post, photos, label="writes a post")
tm.flow(app, posting_api, draft_post, photos, protocol="https")
tm.flow(posting_api, app, post_status, protocol="https")
tm.flow(posting_api, photo_bucket, photos)
tm.flow(posting_api, screener, draft_post)
tm.flow(screener, posting_api, post_status)

# screening
tm.flow(screener, llm, screening_prompt, protocol="https")
tm.flow(llm, screener, llm_labels, protocol="https")
tm.flow(screener, log_store, screening_log)
tm.flow(screener, post_db, screened_post)

# publishing
tm.flow(post_db, feed_api, screened_post, label="published posts")
tm.flow(photo_bucket, feed_api, photos)
tm.flow(feed_api, app, feed, photos, protocol="https")
tm.flow(app, resident, feed, photos)
tm.flow(screener, push, pet_alert, protocol="https", label="lost-pet posts")
tm.flow(push, app, pet_alert, protocol="https")

# moderation
tm.flow(post_db, mod_console, flagged_post, label="flagged posts")
tm.flow(photo_bucket, mod_console, photos)
tm.flow(mod_console, moderator, flagged_post, photos, protocol="https")
tm.flow(moderator, mod_console, moderator_action, protocol="https")
tm.flow(mod_console, post_db, moderator_action)
